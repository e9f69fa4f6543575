package io.ordertrail.review.infrastructure;

import io.ordertrail.platform.cluster.JobLeases;
import io.ordertrail.review.application.ReviewReports;
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

/**
 * Runs the review report's schedule: shortly after start (a report missed while the server was down goes out then)
 * and every hour after, as a manager would. What fails is logged and tried again at the next run.
 */
@Singleton
@Startup
@RunAs(Roles.MANAGER)
public class ReviewReportSchedule {

    private static final Logger LOG = Logger.getLogger(ReviewReportSchedule.class.getName());

    private static final long FIRST_RUN_MS = 60_000;
    private static final long EVERY_MS = 3_600_000;

    /** Its lease ({@link JobLeases}): three of its hourly turns, renewed at each. */
    static final String JOB = "review-report";

    @Resource
    TimerService timers;

    @Inject
    ReviewReports reports;

    @Inject
    JobLeases leases;

    @PostConstruct
    void start() {
        timers.createIntervalTimer(FIRST_RUN_MS, EVERY_MS, new TimerConfig("review-report", false));
    }

    @Timeout
    void run() {
        if (!leases.hold(JOB, Duration.ofMillis(3 * EVERY_MS))) {
            return; // another server sends the reports
        }
        try {
            int sent = reports.sendDue();
            if (sent > 0) {
                LOG.info(() -> "Review report mailed to " + sent + " manager(s)");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The review report could not be made or mailed; trying again in an hour", e);
        }
    }
}
