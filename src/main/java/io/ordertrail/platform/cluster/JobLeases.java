package io.ordertrail.platform.cluster;

import io.ordertrail.platform.BusinessClock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Which server runs a scheduled job, when several share one database: each server's timer fires, and only the one
 * that holds the job's lease runs it. The holder renews the lease at every run; when it stops (the server died), the
 * lease runs out and the next server whose timer fires takes it over.
 * <ul>
 * <li>For a job run every so often, the lease is longer than the interval (three intervals), so that the holder keeps
 * it and the job runs once per interval, whichever server's timer fires first.</li>
 * <li>For a job run at a time of day, the lease is shorter than a day and longer than the servers' clocks and timers
 * differ: the first server at that time runs it.</li>
 * </ul>
 * Each job has its row in {@code job_lease} from the migration that introduced it.
 */
@Stateless
@PermitAll // infrastructure: asked by the container's timers, which have no caller
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW) // the lease is taken and let go of at once
public class JobLeases {

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    ClusterMember member;

    /**
     * Whether this server holds the job now: it takes the lease when nobody holds it or the holder's has run out, and
     * renews its own, for {@code lease} from now.
     *
     * @throws IllegalStateException when the job has no row in {@code job_lease}
     */
    public boolean hold(String job, Duration lease) {
        Instant now = clock.now();
        int taken = em.createNativeQuery("update job_lease set holder = ?1, held_until = ?2, taken_at = ?3"
                        + " where job = ?4 and (holder is null or holder = ?1 or held_until < ?3)")
                .setParameter(1, member.name())
                .setParameter(2, Timestamp.from(now.plus(lease)))
                .setParameter(3, Timestamp.from(now))
                .setParameter(4, job)
                .executeUpdate();
        if (taken == 1) {
            return true;
        }
        if (em.createNativeQuery("select job from job_lease where job = ?1")
                .setParameter(1, job)
                .getResultList()
                .isEmpty()) {
            throw new IllegalStateException("The scheduled job '" + job + "' has no row in job_lease; add it in the"
                    + " migration that introduces the job");
        }
        return false;
    }
}
