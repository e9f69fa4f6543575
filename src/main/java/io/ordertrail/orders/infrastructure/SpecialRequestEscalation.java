package io.ordertrail.orders.infrastructure;

import io.ordertrail.orders.domain.RequestDecision;
import io.ordertrail.orders.domain.SpecialRequest;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.cluster.JobLeases;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Escalates special requests that nobody reviewed in time to the manager (SOP step 5). Runs every ten seconds in
 * its own transaction; the rule of when a request is overdue lives in {@link SpecialRequest}.
 */
@Singleton
@PermitAll // infrastructure: woken by the container's timer, never by a person
public class SpecialRequestEscalation {

    /** Its lease ({@link JobLeases}): three of its ten-second turns. */
    static final String JOB = "special-request-escalation";

    private static final Duration LEASE = Duration.ofSeconds(30);

    private static final Logger LOG = Logger.getLogger(SpecialRequestEscalation.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    JobLeases leases;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    public void escalateOverdue() {
        if (!leases.hold(JOB, LEASE)) {
            return; // another server holds the job
        }
        Instant now = clock.now();
        List<SpecialRequest> overdue = em.createQuery(
                        "select r from SpecialRequest r where r.status = :pending"
                                + " and r.escalatedAt is null and r.dueAt < :now order by r.dueAt",
                        SpecialRequest.class)
                .setParameter("pending", RequestDecision.PENDING)
                .setParameter("now", now)
                .setMaxResults(200)
                .getResultList();
        for (SpecialRequest request : overdue) {
            if (request.escalateIfOverdue(now)) {
                LOG.info(() -> "Special request " + request.getId() + " on " + request.getOrderNumber()
                        + " was not reviewed by " + request.getDueAt() + "; escalated to the manager");
            }
        }
    }
}
