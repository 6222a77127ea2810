package jp.tsunagu.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.tsunagu.base.TsunaguProperties;
import org.springframework.stereotype.Component;

/**
 * Slows down one address that keeps failing: after {@code tsunagu.login.address-max-failures} failed logins within
 * {@code tsunagu.login.address-window}, its further attempts are refused unchecked (with the same message as a wrong
 * password) until the window has passed without them. Such refusals do not count against the account, so one address
 * cannot keep an account (say {@code admin}) locked for ever by guessing. Kept per node, in memory: a guesser spread
 * over nodes is slowed on each.
 */
@Component
class AddressThrottle {

    /** Addresses remembered at most; the oldest are forgotten first when more arrive. */
    private static final int MAX_ADDRESSES = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private volatile int maxFailures;
    private final Duration window;
    private final Clock clock;

    AddressThrottle(TsunaguProperties props, Clock clock) {
        int maxFailures = props.login().addressMaxFailures();
        Duration window = props.login().addressWindow();
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** Whether attempts from the address are refused now. A refused attempt counts as one more failure. */
    boolean refuses(String address) {
        if (address == null) {
            return false;
        }
        Deque<Instant> recent = failures.get(address);
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            forgetOld(recent);
            return recent.size() >= maxFailures;
        }
    }

    void failed(String address) {
        if (address == null) {
            return;
        }
        if (failures.size() >= MAX_ADDRESSES) {
            failures.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    forgetOld(e.getValue());
                    return e.getValue().isEmpty();
                }
            });
        }
        Deque<Instant> recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (recent) {
            forgetOld(recent);
            recent.addLast(clock.instant());
            // Enough to decide; a flood does not grow the memory.
            while (recent.size() > maxFailures * 2) {
                recent.removeFirst();
            }
        }
    }

    /** Tests: a clean slate and another limit (failures from 127.0.0.1 add up across a whole test run). */
    void reset(int maxFailures) {
        failures.clear();
        this.maxFailures = maxFailures;
    }

    private void forgetOld(Deque<Instant> recent) {
        Instant since = clock.instant().minus(window);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(since)) {
            recent.removeFirst();
        }
    }
}
