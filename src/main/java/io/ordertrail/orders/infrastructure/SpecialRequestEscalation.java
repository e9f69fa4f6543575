package io.ordertrail.orders.infrastructure;

import io.ordertrail.orders.domain.RequestDecision;
import io.ordertrail.orders.domain.SpecialRequest;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.cluster.JobLeases;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Escalates special requests that nobody reviewed in time to the manager (SOP step 5). Looks every ten seconds
 * ({@code ordertrail.special-requests.check-every}), in its own transaction; the rule of when a request is overdue
 * lives in {@link SpecialRequest}. With several servers, one of them does it at a time: the one holding the job's
 * lease ({@link JobLeases}), three of its turns long and renewed at each.
 */
@Singleton
@Startup
@PermitAll // infrastructure: woken by the container's timer, never by a person
public class SpecialRequestEscalation {

    static final String JOB = "special-request-escalation";

    private static final Logger LOG = Logger.getLogger(SpecialRequestEscalation.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    JobLeases leases;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "ordertrail.special-requests.check-every", defaultValue = "PT10S")
    String every;

    /** Its lease: three turns. */
    private Duration lease;

    @PostConstruct
    void start() {
        Duration turn;
        try {
            turn = Duration.parse(every);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "ordertrail.special-requests.check-every is " + every
                            + ": give an ISO-8601 duration of at least a second, such as PT10S.",
                    e);
        }
        if (turn.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("ordertrail.special-requests.check-every is " + every
                    + ": give a duration of at least a second, such as PT10S.");
        }
        lease = turn.multipliedBy(3);
        timers.createIntervalTimer(turn.toMillis(), turn.toMillis(), new TimerConfig(JOB, false));
    }

    @Timeout
    public void escalateOverdue() {
        if (!leases.hold(JOB, lease)) {
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
