package jp.tsunagu.notification;

import java.util.Locale;
import jp.tsunagu.base.i18n.TsunaguI18NProvider;

/**
 * Parameters of a notice that are words rather than names: a message key ({@link #label}) or a span of business time
 * ({@link #minutes}) is kept as a marker and put in each reader's language when read.
 */
public final class NoticeParams {

    private static final String MARK = "\u00a7";

    private NoticeParams() {}

    /** A label from the message bundles (e.g. a stage's name), in the reader's language. */
    public static String label(String key) {
        return MARK + "key:" + key;
    }

    /** Business minutes, read as "3時間20分" or "3 h 20 min". */
    public static String minutes(long minutes) {
        return MARK + "min:" + minutes;
    }

    static Object[] localize(Object[] params, Locale locale) {
        Object[] out = params.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof String s && s.startsWith(MARK)) {
                String body = s.substring(1);
                if (body.startsWith("key:")) {
                    out[i] = TsunaguI18NProvider.translate(body.substring(4), locale);
                } else if (body.startsWith("min:")) {
                    long m = Long.parseLong(body.substring(4));
                    out[i] = TsunaguI18NProvider.translate(
                            m >= 60 ? "notice.duration.hours" : "notice.duration.minutes", locale, m / 60, m % 60);
                }
            }
        }
        return out;
    }
}
