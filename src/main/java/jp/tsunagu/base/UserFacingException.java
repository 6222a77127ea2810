package jp.tsunagu.base;

/**
 * A refusal that the person must read: a message key from the bundles and its parameters. Services
 * throw it for bad input and for races (a task someone else took); views show it, never a stack trace.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] params;
    private final String field;

    public UserFacingException(String messageKey, Object... params) {
        this(null, messageKey, params);
    }

    private UserFacingException(String field, String messageKey, Object... params) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.params = params;
    }

    /** A refusal about one field of a form, so that the screen shows it beside that field. */
    public static UserFacingException onField(String field, String messageKey, Object... params) {
        return new UserFacingException(field, messageKey, params);
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
