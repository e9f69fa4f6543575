package io.ordertrail.testsupport;

import io.ordertrail.handover.domain.HandoverFailure;
import io.ordertrail.handover.domain.Team;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * In-container tests: takes ids from the id sequence as the application's entities do, by persisting rows it never
 * writes. Its transaction is rolled back and nothing is flushed, so the only statements it may cause are the reads of
 * new blocks of ids.
 */
@Stateless
@PermitAll
public class UnsavedIds {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /** The ids of {@code count} new rows, none of them written. */
    public List<Long> take(int count) {
        List<Long> ids = new ArrayList<>(count);
        Instant now = Instant.now();
        for (int i = 0; i < count; i++) {
            HandoverFailure never = new HandoverFailure("unsaved-" + i, Team.INVENTORY, 1, "never written", now);
            em.persist(never);
            ids.add(never.getId());
        }
        context.setRollbackOnly();
        return ids;
    }
}
