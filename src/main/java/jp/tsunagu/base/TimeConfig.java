package jp.tsunagu.base;

import java.time.Clock;
import jp.tsunagu.Application;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one {@link Clock} that logic asks for the time, and the month the fiscal year starts in. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TsunaguProperties.class)
class TimeConfig {

    TimeConfig(TsunaguProperties props) {
        int startMonth = props.fiscalYear().startMonth();
        FiscalYears.setStartMonth(startMonth);
    }

    @Bean
    Clock clock() {
        return new EngineClock(Application.TOKYO);
    }
}
