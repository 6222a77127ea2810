package jp.tsunagu.base;

import jp.tsunagu.Application;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/** The one {@link Clock} that logic asks for the time. */
@Configuration(proxyBeanMethods = false)
class TimeConfig {

    @Bean
    Clock clock() {
        return new EngineClock(ZoneId.of(Application.ZONE));
    }
}
