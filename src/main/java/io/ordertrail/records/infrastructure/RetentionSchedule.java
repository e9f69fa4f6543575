package io.ordertrail.records.infrastructure;

import io.ordertrail.platform.cluster.JobLeases;
import io.ordertrail.records.application.PurgeRuns;
import io.ordertrail.records.application.RetentionSettings;
import io.ordertrail.records.domain.RetentionPolicy;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Retention at start-up and every night: a period under the SOP's 12 months stops the application from starting,
 * with the setting to change; the purge runs daily at 02:30 (server time) unless
 * {@code ordertrail.retention.purge-daily} is false.
 */
@Startup
@Singleton
@PermitAll // runs at start-up and on its timer, with no caller
public class RetentionSchedule {

    /** Its lease ({@link JobLeases}): once a night, on the first server whose timer fires. */
    static final String JOB = "records-purge";

    private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());

    @Inject
    RetentionSettings settings;

    @Inject
    PurgeRuns runs;

    @Inject
    JobLeases leases;

    @Inject
    @ConfigProperty(name = "ordertrail.retention.purge-daily", defaultValue = "true")
    boolean daily;

    @Inject
    @ConfigProperty(name = "ordertrail.records.audit-trail", defaultValue = "true")
    boolean auditTrail;

    @Inject
    @ConfigProperty(name = "ordertrail.demo.data", defaultValue = "false")
    boolean demoData;

    @PostConstruct
    void checkThePeriods() {
        if (!auditTrail && !demoData) {
            throw new IllegalStateException("ORDERTRAIL_RECORDS_AUDIT_TRAIL=false switches the audit trail off, which"
                    + " only a benchmark on demo data may do; the SOP requires the trail. Remove the setting.");
        }
        if (!auditTrail) {
            LOG.warning("The audit trail is OFF (ORDERTRAIL_RECORDS_AUDIT_TRAIL=false): for measuring its cost only");
        }
        RetentionPolicy policy = settings.policy(); // refuses a period under 12 months: the deployment fails
        LOG.info(() -> "Retention: orders " + policy.orderMonths() + " months, audit trail " + policy.auditMonths()
                + " months, sent outbox " + policy.outboxDays() + " days, handover receipts " + policy.receiptDays()
                + " days; archive in " + settings.archiveDirectory());
    }

    @Schedule(hour = "2", minute = "30", persistent = false)
    void purgeNightly() {
        if (!daily || !leases.hold(JOB, Duration.ofHours(1))) {
            return; // switched off, or another server purges tonight
        }
        try {
            runs.startScheduled()
                    .ifPresentOrElse(
                            id -> LOG.info(() -> "Nightly records purge started: execution " + id),
                            () -> LOG.warning("Nightly records purge not started: the last one is still running"));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The nightly records purge could not start; it is tried again tomorrow", e);
        }
    }
}
