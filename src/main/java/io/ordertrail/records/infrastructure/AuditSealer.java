package io.ordertrail.records.infrastructure;

import io.ordertrail.platform.cluster.JobLeases;
import io.ordertrail.records.application.AuditSealing;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Seals new audit entries into the chain every few seconds, and walks the whole chain once a day: a break is
 * logged as SEVERE with the position where it is, for the operators' log alerting.
 */
@Singleton
// Each call below is a transaction of its own (REQUIRES_NEW), none joins the run's. Payara 6.2025.10 runs a @Schedule
// method in a transaction of the container's whatever its attribute says (NOT_SUPPORTED was ignored here; compare
// payara/Payara#4826): a call that joined it kept its connection for the whole run while the sealing's own
// transaction took a second, and with every other connection of the pool in use the run waited for one no one
// would give back, and so did everyone after it (HandoverThroughBrokerIT holds the rest of the pool to catch this).
public class AuditSealer {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());
    private static final int BATCH = 2000;

    /** The jobs' leases ({@link JobLeases}): sealing every three seconds, the walk once a day. */
    static final String SEALING = "audit-sealing";

    static final String VERIFICATION = "audit-verification";

    @Inject
    AuditSealing sealing;

    @Inject
    JobLeases leases;

    /** How often the sealing looks at the whole trail rather than its recent ids (a scan of every entry). */
    private static final Duration FULL_SWEEP = Duration.ofMinutes(10);

    /** System.nanoTime() of the last full sweep; none yet after a start. */
    private Long lastFullSweep;

    @Schedule(second = "*/3", minute = "*", hour = "*", persistent = false)
    void seal() {
        if (!leases.hold(SEALING, Duration.ofSeconds(15))) {
            return; // another server seals: the chain has one writer
        }
        try {
            long now = System.nanoTime();
            long afterId = 0;
            if (lastFullSweep != null && now - lastFullSweep < FULL_SWEEP.toNanos()) {
                afterId = sealing.recentFloor();
            } else {
                lastFullSweep = now;
            }
            while (sealing.sealPending(BATCH, afterId) == BATCH) {
                // a backlog: keep sealing until it is cleared
            }
        } catch (RuntimeException e) { // another server sealed the same entries first: the next run continues
            LOG.log(Level.WARNING, "Sealing the audit trail failed; it is tried again in 3 s", e);
        }
    }

    @Schedule(hour = "3", minute = "17", persistent = false)
    void verifyDaily() {
        if (!leases.hold(VERIFICATION, Duration.ofHours(1))) {
            return; // another server verifies today's chain
        }
        AuditSealing.Result result = sealing.verifyAsSystem();
        if (result.intact()) {
            LOG.info(() -> "Audit trail verified: " + result.checked() + " entries in an unbroken chain");
        } else {
            LOG.severe(() ->
                    "AUDIT TRAIL BROKEN at position " + result.firstBreak().position() + " (entry "
                            + result.firstBreak().entryId() + "): "
                            + result.firstBreak().reason() + ". "
                            + result.checked() + " entries before it verified.");
        }
    }
}
