package jp.tsunagu.notification;

import java.util.List;
import java.util.Map;
import jp.tsunagu.security.AppRoles;

/**
 * The kinds of notice, and what an office would choose for each until a person says otherwise: what needs an answer
 * today comes at once; what can wait for the morning comes in the digest.
 */
public final class NoticeKinds {

    public static final String SLA_WARNING = "SLA_WARNING";
    public static final String SLA_AT_RISK = "SLA_AT_RISK";
    public static final String SLA_BREACH = "SLA_BREACH";
    public static final String OFFER_SENT = "OFFER_SENT";
    public static final String OFFER_REMINDER = "OFFER_REMINDER";
    public static final String OFFER_ANSWERED = "OFFER_ANSWERED";
    public static final String OFFER_EXPIRED = "OFFER_EXPIRED";
    public static final String OFFER_WITHDRAWN = "OFFER_WITHDRAWN";
    public static final String QUESTION = "QUESTION";
    public static final String DELIVERY_REPORTED = "DELIVERY_REPORTED";
    public static final String BATCH_DUE = "BATCH_DUE";
    public static final String MENTION = "MENTION";

    private static final Map<String, Delivery> DEFAULTS = Map.ofEntries(
            Map.entry(SLA_WARNING, Delivery.DIGEST), Map.entry(SLA_AT_RISK, Delivery.IMMEDIATE),
            Map.entry(SLA_BREACH, Delivery.IMMEDIATE), Map.entry(OFFER_SENT, Delivery.IMMEDIATE),
            Map.entry(OFFER_REMINDER, Delivery.IMMEDIATE), Map.entry(OFFER_ANSWERED, Delivery.IMMEDIATE),
            Map.entry(OFFER_EXPIRED, Delivery.IMMEDIATE), Map.entry(OFFER_WITHDRAWN, Delivery.IMMEDIATE),
            Map.entry(QUESTION, Delivery.IMMEDIATE), Map.entry(DELIVERY_REPORTED, Delivery.DIGEST),
            Map.entry(BATCH_DUE, Delivery.IMMEDIATE), Map.entry(MENTION, Delivery.IMMEDIATE));

    private NoticeKinds() {}

    public static Delivery byDefault(String kind) {
        return DEFAULTS.getOrDefault(kind, Delivery.IMMEDIATE);
    }

    /** The kinds a person of this role receives, in the order the settings list them. */
    public static List<String> of(String role) {
        if (AppRoles.FACILITY.equals(role)) {
            return List.of(OFFER_SENT, OFFER_REMINDER, OFFER_WITHDRAWN, QUESTION, BATCH_DUE);
        }
        if (AppRoles.INTERMEDIARY.equals(role)) {
            return List.of(
                    SLA_BREACH,
                    SLA_AT_RISK,
                    SLA_WARNING,
                    OFFER_ANSWERED,
                    OFFER_EXPIRED,
                    QUESTION,
                    DELIVERY_REPORTED,
                    MENTION);
        }
        return List.of(SLA_BREACH, SLA_AT_RISK, SLA_WARNING, QUESTION, MENTION);
    }
}
