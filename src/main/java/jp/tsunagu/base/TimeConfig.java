package jp.tsunagu.base;

import java.time.Clock;
import jp.tsunagu.Application;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one {@link Clock} that logic asks for the time, and the month the fiscal year starts in. */
@Configuration(proxyBeanMethods = false)
class TimeConfig {

    TimeConfig(
            @org.springframework.beans.factory.annotation.Value("${tsunagu.fiscal-year.start-month:4}")
                    int startMonth) {
        FiscalYears.setStartMonth(startMonth);
    }

    @Bean
    Clock clock() {
        return new EngineClock(Application.TOKYO);
    }
}
