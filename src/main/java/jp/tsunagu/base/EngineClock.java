package jp.tsunagu.base;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's clock, aligned with the process engine's.
 * <p>
 * Task creation times, timers and our own hand-off records must stand on one time line, or lead times
 * mix two clocks. Camunda reads {@link ClockUtil}; so does this clock, which lets tests and the demo
 * loader move both together.
 */
final class EngineClock extends Clock {

    private final ZoneId zone;

    EngineClock(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new EngineClock(zone);
    }

    @Override
    public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
