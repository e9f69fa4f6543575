package io.ordertrail.security;

import io.ordertrail.platform.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The sign-in throttle's counts in the database, shared by every server: a failure changes its key's row under a row
 * lock, so that two servers counting at once count both. Each step is a transaction of its own, as the sign-in record
 * is: a refused sign-in is counted even though it fails. Rows whose failures are older than an hour and that hold no
 * lock are removed when a new key is counted.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SignInThrottleStore implements SignInThrottle.Store {

    /** Older failures than this count for nothing (the lock time is 15 minutes unless set longer). */
    static final Duration FORGOTTEN_AFTER = Duration.ofHours(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Override
    public Optional<SignInThrottle.State> find(String key) {
        return Optional.ofNullable(em.find(ThrottledKey.class, cut(key))).map(ThrottledKey::state);
    }

    @Override
    public SignInThrottle.State change(String key, UnaryOperator<SignInThrottle.State> change) {
        ThrottledKey row = em.find(ThrottledKey.class, cut(key), LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            Instant now = clock.now();
            em.createQuery("delete from ThrottledKey t where t.lastFailure < :forgotten"
                            + " and (t.lockedUntil is null or t.lockedUntil < :now)")
                    .setParameter("forgotten", now.minus(FORGOTTEN_AFTER))
                    .setParameter("now", now)
                    .executeUpdate();
            row = new ThrottledKey(cut(key));
            row.become(change.apply(SignInThrottle.State.NONE));
            em.persist(row);
        } else {
            row.become(change.apply(row.state()));
        }
        return row.state();
    }

    @Override
    public boolean forget(String key) {
        return em.createQuery("delete from ThrottledKey t where t.throttleKey = :key")
                        .setParameter("key", cut(key))
                        .executeUpdate()
                > 0;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Instant> lockedAt(String prefix, Instant now) {
        Map<String, Instant> locked = new TreeMap<>();
        em.createQuery(
                        "select t from ThrottledKey t where t.throttleKey like :prefix and t.lockedUntil > :now",
                        ThrottledKey.class)
                .setParameter("prefix", prefix + "%")
                .setParameter("now", now)
                .getResultList()
                .forEach(row -> locked.put(row.key(), row.state().lockedUntil()));
        return locked;
    }

    private static String cut(String key) {
        return key.length() <= ThrottledKey.MAX_KEY ? key : key.substring(0, ThrottledKey.MAX_KEY);
    }
}
