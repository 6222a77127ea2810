package jp.tsunagu.base.ui;

import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import jp.tsunagu.Application;

/** How the office writes dates and money: 2026/11/21, 2026/11/21 09:30, ¥1,234,000. */
public final class Formats {

    public static final ZoneId ZONE = Application.TOKYO;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");

    private Formats() {}

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(ZONE));
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZONE));
    }

    /** How long ago, as the office says it: たった今, 12分前, 3時間前, 2日前. */
    public static String ago(Component on, Instant since, Instant now) {
        Duration d = Duration.between(since, now);
        if (d.toMinutes() < 1) {
            return on.getTranslation("time.justNow");
        }
        if (d.toHours() < 1) {
            return on.getTranslation("time.minutesAgo", d.toMinutes());
        }
        return d.toDays() >= 1
                ? on.getTranslation("time.daysAgo", d.toDays())
                : on.getTranslation("time.hoursAgo", d.toHours());
    }

    public static String dateTime(Date date) {
        return date == null ? "" : dateTime(date.toInstant());
    }

    /** A unit price, which may have sen: ¥3, ¥0.65, ¥1,200.5. */
    public static String yenPrice(BigDecimal amount) {
        return amount == null ? "" : "¥" + number(amount);
    }

    /** A quantity with at most two decimals: 1,200 / 5.5. */
    public static String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.JAPAN));
        return format.format(value);
    }

    public static String yen(Long amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("¥#,##0", DecimalFormatSymbols.getInstance(Locale.JAPAN));
        return format.format(amount);
    }
}
