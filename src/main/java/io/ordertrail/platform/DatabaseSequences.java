package io.ordertrail.platform;

import jakarta.persistence.EntityManager;
import org.eclipse.persistence.queries.ValueReadQuery;
import org.eclipse.persistence.sessions.Session;

/** Reads the next value of a database sequence the way the database in use spells it. */
public final class DatabaseSequences {

    private DatabaseSequences() {}

    /** The next value; never handed out before, even across nodes and restarts. */
    public static long next(EntityManager em, String sequence) {
        // The platform knows how this database reads a sequence (H2: NEXT VALUE FOR, PostgreSQL: nextval).
        Session session = em.unwrap(Session.class);
        ValueReadQuery query = session.getPlatform().buildSelectQueryForSequenceObject(sequence, 1);
        return ((Number) session.executeQuery(query)).longValue();
    }
}
