package jp.tsunagu.sla;

import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.pipeline.DueDatePolicy;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Default due dates in Japanese business days, due at the close of business (18:00 Asia/Tokyo).
 * The assignment target follows the report: 3 business days for PC work, 10 for light and off-site work.
 * See the README's SLA table for the reason behind each figure.
 */
@Component
class DefaultDueDates implements DueDatePolicy {

    static final LocalTime CLOSE_OF_BUSINESS = LocalTime.of(18, 0);
    private static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private final JapaneseBusinessCalendar calendar;

    DefaultDueDates(JapaneseBusinessCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public Optional<Instant> dueFor(DealStage stage, WorkCategory category, Instant arrivedAt) {
        int days = businessDays(stage, category);
        ZonedDateTime arrived = arrivedAt.atZone(ZONE);
        return Optional.of(calendar.plusBusinessDays(arrived.toLocalDate(), days)
                .atTime(CLOSE_OF_BUSINESS).atZone(ZONE).toInstant());
    }

    static int businessDays(DealStage stage, WorkCategory category) {
        return switch (stage) {
            case LEAD -> 2;
            case REQUIREMENTS -> 5;
            case HANDOVER -> 1;
            case ASSIGNMENT -> category == WorkCategory.PC ? 3 : 10;
            case TRIAL -> 10;
            case DELIVERY -> 10;
            case QA -> 2;
            case REWORK -> 3;
        };
    }
}
