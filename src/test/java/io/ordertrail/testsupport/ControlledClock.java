package io.ordertrail.testsupport;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * In-container tests: the clock the services read, moved forward by the test instead of waiting. Added only to the
 * test deployment, where it takes the place of the system clock.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class ControlledClock {

    private static volatile Duration ahead = Duration.ZERO;
    /** When set, the clock stands at this instant until moved: figures of exact durations. */
    private static volatile Instant frozen;

    @Produces
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                Instant at = frozen;
                return at != null ? Clock.fixed(at, zone) : Clock.offset(Clock.system(zone), ahead);
            }

            @Override
            public Instant instant() {
                Instant at = frozen;
                return at != null ? at : Instant.now().plus(ahead);
            }
        };
    }

    public void moveForward(Duration duration) {
        if (frozen != null) {
            frozen = frozen.plus(duration);
        }
        ahead = ahead.plus(duration);
    }

    /** Stops the clock at the instant; {@link #moveForward} then moves it, and {@link #reset} lets it run again. */
    public void stopAt(Instant at) {
        frozen = at;
    }

    public void reset() {
        ahead = Duration.ZERO;
        frozen = null;
    }
}
