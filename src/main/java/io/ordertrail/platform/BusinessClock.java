package io.ordertrail.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one place time is read. "Now" is an instant; "today" and the time of day are the business calendar's, in the
 * configured business zone ({@code ORDERTRAIL_CALENDAR_ZONE}), wherever the server runs. The {@link Clock} itself is
 * produced here too, so an in-container test can put a clock it moves in its stead.
 */
@ApplicationScoped
public class BusinessClock {

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "ordertrail.calendar.zone", defaultValue = "UTC")
    String zone;

    private ZoneId zoneId;

    @PostConstruct
    void readZone() {
        zoneId = ZoneId.of(zone);
    }

    /** The system's clock; a test deployment replaces it with an {@code @Alternative} producer. */
    @ApplicationScoped
    static class SystemClock {
        @Produces
        Clock clock() {
            return Clock.systemUTC();
        }
    }

    public Instant now() {
        return clock.instant();
    }

    /** The business day it is now, in the business zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(now(), zone());
    }

    /** The date and time of day it is now, in the business zone (for the cut-off). */
    public LocalDateTime localNow() {
        return local(now());
    }

    /** The date and time of day an instant was, in the business zone. */
    public LocalDateTime local(Instant at) {
        return LocalDateTime.ofInstant(at, zone());
    }

    public ZoneId zone() {
        return zoneId;
    }
}
