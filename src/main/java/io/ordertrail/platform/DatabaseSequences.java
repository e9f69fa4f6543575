package io.ordertrail.platform;

import jakarta.persistence.EntityManager;
import org.eclipse.persistence.sessions.Session;

/** Reads the next value of a database sequence the way the database in use spells it. */
public final class DatabaseSequences {

    private DatabaseSequences() {}

    /**
     * The next value; never handed out before, even across nodes and restarts. Read through the entity manager, so on
     * the caller's transaction's own connection: read on another one (EclipseLink's server session takes one from the
     * pool), every transaction would need two of the pool's connections at once, and as many transactions as the pool
     * has connections, each holding one and waiting for a second, would wait until the pool gave up on them.
     */
    public static long next(EntityManager em, String sequence) {
        // The platform knows how this database reads a sequence (H2: NEXT VALUE FOR, PostgreSQL: nextval).
        String sql = em.unwrap(Session.class)
                .getPlatform()
                .buildSelectQueryForSequenceObject(sequence, 1)
                .getSQLString();
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
