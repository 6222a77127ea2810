package jp.tsunagu.sla;

import java.time.LocalDate;
import jp.tsunagu.deal.Party;
import jp.tsunagu.notification.BusinessDays;
import org.springframework.stereotype.Component;

/** The company's business days (national holidays and its own closing days), for the notices' morning digest. */
@Component
class CompanyBusinessDays implements BusinessDays {

    private final CalendarService calendars;

    CompanyBusinessDays(CalendarService calendars) {
        this.calendars = calendars;
    }

    @Override
    public boolean isBusinessDay(LocalDate day) {
        return calendars.workingTime(Party.COMPANY).isBusinessDay(day);
    }
}
