package jp.tsunagu.sla;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Puts the shipped holiday list in the database at start-up, before the demo data or a timer counts with it. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class HolidayListSetup implements ApplicationRunner {

    private final HolidayService holidays;

    HolidayListSetup(HolidayService holidays) {
        this.holidays = holidays;
    }

    @Override
    public void run(ApplicationArguments args) {
        holidays.installShipped();
    }
}
