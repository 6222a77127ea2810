package jp.tsunagu.demo;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import jp.tsunagu.Application;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** How the demo plays its stories: in the past on the engine's clock, in office hours, as the person who acts. */
final class DemoClock {

    private static final ZoneId ZONE = Application.TOKYO;

    private DemoClock() {}

    /** People act between 9:00 and 18:00: a step that would fall at night happens at 10:00 the next day. */
    static Instant duringOfficeHours(Instant at) {
        var local = at.atZone(ZONE);
        if (local.getHour() < 9) {
            return local.withHour(10).withMinute(0).toInstant();
        }
        if (local.getHour() >= 18) {
            return local.plusDays(1).withHour(10).withMinute(0).toInstant();
        }
        return at;
    }

    /** Sets the engine clock (and with it the application's) to a past instant, never into the future. */
    static void travelTo(Instant at, Instant realNow) {
        ClockUtil.setCurrentTime(Date.from(at.isAfter(realNow) ? realNow : at));
    }

    static void actAs(String username, String... roles) {
        var authorities = Arrays.stream(roles)
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r))
                .toList();
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(username, null, authorities));
    }
}
