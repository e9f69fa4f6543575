package io.ordertrail.records.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.Trigger;

/**
 * The audit trail is append-only on H2 as on PostgreSQL ({@code db/vendor/h2/V28}): an UPDATE or DELETE of an entry,
 * a seal, a purge checkpoint or what a checkpoint lists is refused, except the purge's DELETE of an entry that
 * {@code audit_purged} already lists. H2 loads this class through the application's class loader when a statement
 * first touches one of these tables; a statement it cannot load the class for fails, so nothing is changed then
 * either.
 */
public class H2AppendOnly implements Trigger {

    private String table;

    @Override
    public void init(
            Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        this.table = tableName.toLowerCase(Locale.ROOT);
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        boolean delete = newRow == null;
        if (delete && table.equals("audit_entry") && listedAsPurged(conn, ((Number) oldRow[0]).longValue())) {
            return;
        }
        throw new SQLException(
                "the audit trail is append-only: " + (delete ? "DELETE" : "UPDATE") + " on " + table + " refused");
    }

    /** Whether a signed purge checkpoint lists the entry (its id is audit_entry's first column). */
    private static boolean listedAsPurged(Connection conn, long entryId) throws SQLException {
        try (PreparedStatement query = conn.prepareStatement("select 1 from audit_purged where entry_id = ?")) {
            query.setLong(1, entryId);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }
}
