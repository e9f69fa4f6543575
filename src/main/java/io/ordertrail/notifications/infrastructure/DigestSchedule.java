package io.ordertrail.notifications.infrastructure;

import io.ordertrail.notifications.application.NotificationDigests;
import io.ordertrail.platform.cluster.JobLeases;
import io.ordertrail.security.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Looks for due notification digests every minute (or as often as they are due, when that is sooner). */
@Singleton
@Startup
@RunAs(Roles.ADMIN)
public class DigestSchedule {

    static final String JOB = "notification-digests";

    private static final Logger LOG = Logger.getLogger(DigestSchedule.class.getName());

    @Resource
    TimerService timers;

    @Inject
    NotificationDigests digests;

    @Inject
    JobLeases leases;

    /** How often its timer fires; its lease ({@link JobLeases}) is three of those turns, renewed at each. */
    private Duration turn;

    @Inject
    @ConfigProperty(name = "ordertrail.notifications.digest-every", defaultValue = "P1D")
    String every;

    @PostConstruct
    void start() {
        Duration interval = Duration.parse(every);
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("ordertrail.notifications.digest-every is " + every
                    + ": give a time longer than zero, such as P1D.");
        }
        long ms = Math.min(interval.toMillis(), Duration.ofMinutes(1).toMillis());
        turn = Duration.ofMillis(ms);
        timers.createIntervalTimer(ms, ms, new TimerConfig(JOB, false));
    }

    @Timeout
    void run() {
        if (!leases.hold(JOB, turn.multipliedBy(3))) {
            return; // another server sends the digests
        }
        try {
            int sent = digests.sendDue();
            if (sent > 0) {
                LOG.fine(() -> sent + " notification digest(s) mailed");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Notification digests could not be sent; trying again at the next run", e);
        }
    }
}
