package jp.tsunagu.base;

/**
 * A refusal that the person must read: a message key from the bundles and its parameters. Services
 * throw it for bad input and for races (a task someone else took); views show it, never a stack trace.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] params;

    public UserFacingException(String messageKey, Object... params) {
        super(messageKey);
        this.messageKey = messageKey;
        this.params = params;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] params() {
        return params.clone();
    }
}
