package jp.tsunagu.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.tsunagu.Application;
import jp.tsunagu.base.TsunaguProperties;
import jp.tsunagu.base.i18n.TsunaguI18NProvider;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.deal.DealSummary;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.Person;
import org.springframework.stereotype.Component;

/**
 * A notice in words a person acts on: what happened, which deal of which customer, and a link straight to the page
 * where they act (the task, the offer, the question); as mail (plain text and HTML) and as a chat message, in the
 * person's language.
 */
@Component
class NoticeTexts {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(Application.TOKYO);

    private final DealService deals;
    private final String baseUrl;

    NoticeTexts(DealService deals, TsunaguProperties props) {
        String baseUrl = props.baseUrl();
        this.deals = deals;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The page a notice opens when its sender named none: the deal for the office, the jobs for a facility. */
    static String defaultLink(Person person, Long dealId) {
        if (AppRoles.FACILITY.equals(person.role())) {
            return "/portal/jobs";
        }
        return dealId == null ? "/notifications" : "/deals/" + dealId;
    }

    String absolute(String link) {
        return link == null ? baseUrl + "/" : link.startsWith("http") ? link : baseUrl + link;
    }

    NoticeText render(Person person, Long dealId, String link, String messageKey, Object[] params) {
        Locale locale = locale(person);
        String what = TsunaguI18NProvider.translate(messageKey, locale, NoticeParams.localize(params, locale));
        String deal = dealLine(dealId, locale);
        String url = absolute(link);
        String subject = t("mail.subject", locale, what);
        String plain = t("mail.greeting", locale, person.displayName()) + "\n\n" + what + "\n\n"
                + (deal == null ? "" : deal + "\n") + t("mail.open", locale) + " " + url + "\n\n-- \n"
                + t("mail.footer", locale) + "\n" + absolute("/profile") + "\n";
        String html = "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><body style=\"font-family:sans-serif;"
                + "line-height:1.6;color:#1a1a1a\"><p>" + esc(t("mail.greeting", locale, person.displayName())) + "</p>"
                + "<p style=\"font-size:1.1em\"><strong>" + esc(what) + "</strong></p>"
                + (deal == null ? "" : "<p>" + esc(deal) + "</p>")
                + "<p><a href=\"" + esc(url) + "\" style=\"display:inline-block;padding:10px 18px;background:#1676f3;"
                + "color:#fff;text-decoration:none;border-radius:6px\">" + esc(t("mail.openButton", locale))
                + "</a></p>"
                + "<p style=\"color:#555;font-size:0.9em\">" + esc(url)
                + "</p><hr><p style=\"color:#555;font-size:0.85em\">"
                + esc(t("mail.footer", locale)) + " <a href=\"" + esc(absolute("/profile")) + "\">"
                + esc(absolute("/profile")) + "</a></p></body></html>";
        String chat = what + (deal == null ? "" : "\n" + deal) + "\n" + url;
        return new NoticeText(cut(subject, 300), plain, html, chat, url);
    }

    /** One mail with every notice a person chose to read in the morning. */
    NoticeText digest(Person person, List<Map<String, Object>> items) {
        Locale locale = locale(person);
        StringBuilder plain = new StringBuilder(t("mail.greeting", locale, person.displayName()))
                .append("\n\n")
                .append(t("mail.digest.intro", locale, items.size()))
                .append("\n\n");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"" + locale.getLanguage()
                        + "\"><body style=\"font-family:sans-serif;line-height:1.6;color:#1a1a1a\"><p>")
                .append(esc(t("mail.greeting", locale, person.displayName())))
                .append("</p><p>")
                .append(esc(t("mail.digest.intro", locale, items.size())))
                .append("</p><ul>");
        StringBuilder chat = new StringBuilder(t("mail.digest.intro", locale, items.size()));
        for (Map<String, Object> item : items) {
            String what = TsunaguI18NProvider.translate(
                    (String) item.get("message_key"),
                    locale,
                    NoticeParams.localize(Notice.split((String) item.get("params")), locale));
            String url = absolute((String) item.get("link"));
            String at = TIME.format(((Timestamp) item.get("created_at")).toInstant());
            plain.append("・")
                    .append(at)
                    .append(" ")
                    .append(what)
                    .append("\n  ")
                    .append(url)
                    .append("\n");
            html.append("<li>")
                    .append(esc(at))
                    .append(" <a href=\"")
                    .append(esc(url))
                    .append("\">")
                    .append(esc(what))
                    .append("</a></li>");
            chat.append("\n・").append(what).append(" ").append(url);
        }
        plain.append("\n-- \n")
                .append(t("mail.footer", locale))
                .append("\n")
                .append(absolute("/profile"))
                .append("\n");
        html.append("</ul><hr><p style=\"color:#555;font-size:0.85em\">")
                .append(esc(t("mail.footer", locale)))
                .append("</p></body></html>");
        return new NoticeText(
                cut(t("mail.digest.subject", locale, items.size()), 300),
                plain.toString(),
                html.toString(),
                chat.toString(),
                absolute("/notifications"));
    }

    private String dealLine(Long dealId, Locale locale) {
        if (dealId == null) {
            return null;
        }
        DealSummary deal = deals.summaries(List.of(dealId)).get(dealId);
        return deal == null ? null : t("mail.deal", locale, deal.title(), deal.customerName());
    }

    private static Locale locale(Person person) {
        return "en".equals(person.language()) ? Locale.ENGLISH : TsunaguI18NProvider.JAPANESE;
    }

    private static String t(String key, Locale locale, Object... params) {
        return TsunaguI18NProvider.translate(key, locale, params);
    }

    static String esc(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    static String time(Instant at) {
        return TIME.format(at);
    }
}
