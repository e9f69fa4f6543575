package io.ordertrail.review.infrastructure;

import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.cluster.JobLeases;
import io.ordertrail.review.application.ComplianceChecks;
import io.ordertrail.security.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs the compliance check every day at 07:00 in the business zone, before the order desk's day starts. */
@Singleton
@Startup
@RunAs(Roles.MANAGER)
public class ComplianceSchedule {

    /** Its lease ({@link JobLeases}): once a day, on the first server whose timer fires. */
    static final String JOB = "compliance-check";

    private static final Logger LOG = Logger.getLogger(ComplianceSchedule.class.getName());

    @Resource
    TimerService timers;

    @Inject
    ComplianceChecks checks;

    @Inject
    JobLeases leases;

    @Inject
    BusinessClock clock;

    @PostConstruct
    void start() {
        timers.createCalendarTimer(
                new ScheduleExpression().hour(7).minute(0).timezone(clock.zone().getId()),
                new TimerConfig("compliance-check", false));
    }

    @Timeout
    void run() {
        if (!leases.hold(JOB, Duration.ofHours(1))) {
            return; // another server checks today
        }
        try {
            int found = checks.run().getBreaches().size();
            LOG.info(() -> "Compliance check: " + found + " breach(es) of the SOP");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The compliance check could not run; it runs again tomorrow, or from its page", e);
        }
    }
}
