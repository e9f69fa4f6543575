package io.ordertrail.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sequencing.NativeSequence;
import org.eclipse.persistence.sequencing.Sequence;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * Ids come in blocks ({@link SequencedEntity}) read over a connection of their own ({@link Resources#ID_DATA_SOURCE},
 * set in {@code persistence.xml}), never over one of the transactions' connections.
 *
 * <p>EclipseLink reads a database sequence's next block outside any transaction of its own, over the caller's session,
 * while it holds its sequencing lock and every other thread that needs an id waits for it. When the caller had no
 * connection yet and every connection of the transactions' pool was held by a transaction waiting for ids, the read
 * waited for a connection none of them would give back, until the pool gave up on it a minute later: every order
 * stood still under load. EclipseLink uses its sequencing connection only for a sequence that runs in a transaction,
 * and a {@link NativeSequence} takes that from the database platform each time it connects (never, for PostgreSQL and
 * H2). So the id sequence is replaced by one that does: each block is read over the sequencing connection in a
 * transaction of that connection's own (begin, {@code nextval}, commit), never undone by an order's rollback.
 */
public class IdSequencing implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (!(session instanceof ServerSession server)) {
            throw new IllegalStateException("Ids need EclipseLink's server session, not " + session.getClass());
        }
        if (!server.getSequencingControl().shouldUseSeparateConnection()
                || server.getSequencingControl().getLogin() == null) {
            throw new IllegalStateException("persistence.xml must give the ids a connection of their own:"
                    + " eclipselink.jdbc.sequence-connection-pool=true and"
                    + " eclipselink.jdbc.sequence-connection-pool.non-jta-data-source=" + Resources.ID_DATA_SOURCE);
        }
        DatasourceLogin login = (DatasourceLogin) session.getDatasourceLogin();
        Sequence declared = login.getSequences().get(SequencedEntity.SEQUENCE);
        if (!(declared instanceof NativeSequence ids)) {
            throw new IllegalStateException("No database sequence " + SequencedEntity.SEQUENCE
                    + " among EclipseLink's: " + login.getSequences().keySet());
        }
        login.addSequence(new ReadInATransaction(ids));
    }

    /** The id sequence as declared, read in a transaction of the sequencing connection's own. */
    static final class ReadInATransaction extends NativeSequence {

        ReadInATransaction(NativeSequence declared) {
            super(
                    declared.getName(),
                    declared.getPreallocationSize(),
                    declared.getInitialValue(),
                    declared.shouldUseIdentityIfPlatformSupports());
            setQualifier(declared.getQualifier());
            setShouldAlwaysOverrideExistingValue(declared.shouldAlwaysOverrideExistingValue());
        }

        @Override
        public void onConnect() {
            super.onConnect();
            setShouldUseTransaction(true);
        }
    }
}
