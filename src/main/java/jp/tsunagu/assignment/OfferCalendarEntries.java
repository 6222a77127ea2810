package jp.tsunagu.assignment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.Application;
import jp.tsunagu.base.i18n.TsunaguI18NProvider;
import jp.tsunagu.deal.DealService;
import jp.tsunagu.notification.CalendarEntries;
import jp.tsunagu.notification.CalendarEntry;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.Person;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Open offers to a facility, at their answer deadline (18:00 of the day), in its staff's calendar feeds. */
@Component
class OfferCalendarEntries implements CalendarEntries {

    private final OfferRepository offers;
    private final DealService deals;

    OfferCalendarEntries(OfferRepository offers, DealService deals) {
        this.offers = offers;
        this.deals = deals;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CalendarEntry> entriesFor(Person person, Instant from, Locale locale) {
        if (!AppRoles.FACILITY.equals(person.role()) || person.facilityId() == null) {
            return List.of();
        }
        return offers.findByFacilityIdOrderByIdDesc(person.facilityId()).stream()
                .filter(o -> o.getStatus() == OfferStatus.SENT)
                .map(o -> {
                    Instant due = o.getAnswerBy()
                            .atTime(LocalTime.of(18, 0))
                            .atZone(Application.TOKYO)
                            .toInstant();
                    return CalendarEntry.at(
                            "offer-" + o.getId(),
                            TsunaguI18NProvider.translate("feed.offer", locale, deals.titleOf(o.getDealId())),
                            null,
                            due.minus(Duration.ofMinutes(30)),
                            due,
                            "/portal/offers/" + o.getId());
                })
                .toList();
    }
}
