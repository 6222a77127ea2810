package jp.tsunagu.base;

/**
 * A refusal that the person must read: a message key from the bundles and its parameters. Services
 * throw it for business refusals and for races (a task someone else took); views show it, never a stack
 * trace. Field rules are Bean Validation on the forms; a refusal about one field says which
 * ({@link #onField}), so that the screen shows it beside that field.
 */
public class UserFacingException extends RuntimeException {

    /** What kind of refusal: the API answers each with its own status. */
    public enum Kind {
        /** A value the rules do not allow (400). */
        INVALID,
        /** The action is not possible in the state things are in (400). */
        REFUSED,
        /** The thing asked for does not exist, or not for this person (404). */
        NOT_FOUND,
        /** Someone else changed or took it first (409). */
        CONFLICT
    }

    private final Kind kind;
    private final String messageKey;
    private final transient Object[] params;
    private final String field;

    public UserFacingException(String messageKey, Object... params) {
        this(Kind.REFUSED, null, messageKey, params);
    }

    private UserFacingException(Kind kind, String field, String messageKey, Object... params) {
        super(messageKey);
        this.kind = kind;
        this.field = field;
        this.messageKey = messageKey;
        this.params = params;
    }

    /** A refusal about one field of a form, so that the screen shows it beside that field. */
    public static UserFacingException onField(String field, String messageKey, Object... params) {
        return new UserFacingException(Kind.INVALID, field, messageKey, params);
    }

    /** The thing does not exist (or is not this person's to see). */
    public static UserFacingException notFound(String messageKey, Object... params) {
        return new UserFacingException(Kind.NOT_FOUND, null, messageKey, params);
    }

    /** Someone else got there first: a newer version, a task already taken, an offer already answered. */
    public static UserFacingException conflict(String messageKey, Object... params) {
        return new UserFacingException(Kind.CONFLICT, null, messageKey, params);
    }

    public Kind kind() {
        return kind;
    }

    /** The form's field this refusal is about (a property name), or null when it is about the whole action. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] params() {
        return params.clone();
    }
}
