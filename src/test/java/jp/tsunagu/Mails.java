package jp.tsunagu;

import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** Reading mail that a test's SMTP server received. */
public final class Mails {

    private Mails() {}

    /** The text of the first part of this type (text/plain, text/html), however deep the multipart nesting. */
    public static String part(Part message, String type) throws Exception {
        if (message.isMimeType(type)) {
            return (String) message.getContent();
        }
        if (message.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
