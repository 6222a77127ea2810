package jp.tsunagu.trial;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.base.i18n.TsunaguI18NProvider;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.notification.CalendarEntries;
import jp.tsunagu.notification.CalendarEntry;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.Person;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Briefings in a calendar feed: a facility's staff see those their facility attends; staff see those they set up. */
@Component
class BriefingCalendarEntries implements CalendarEntries {

    private final BriefingRepository briefings;
    private final DealService deals;

    BriefingCalendarEntries(BriefingRepository briefings, DealService deals) {
        this.briefings = briefings;
        this.deals = deals;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CalendarEntry> entriesFor(Person person, Instant from, Locale locale) {
        List<Briefing> found = AppRoles.FACILITY.equals(person.role()) && person.facilityId() != null
                ? briefings.upcomingFor(person.facilityId(), from)
                : briefings.findByCreatedByAndHeldAtGreaterThanEqualOrderByHeldAt(person.username(), from);
        List<CalendarEntry> entries = new ArrayList<>();
        for (Briefing b : found) {
            String title = deals.titleOf(b.getDealId());
            String link = AppRoles.FACILITY.equals(person.role()) ? "/portal/jobs" : "/deals/" + b.getDealId();
            entries.add(CalendarEntry.at(
                    "briefing-" + b.getId(),
                    TsunaguI18NProvider.translate("feed.briefing", locale, title),
                    b.getPlace(),
                    b.getHeldAt(),
                    b.getHeldAt().plus(Duration.ofHours(1)),
                    link));
        }
        return entries;
    }
}
