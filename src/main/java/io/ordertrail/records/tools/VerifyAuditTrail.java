package io.ordertrail.records.tools;

import io.ordertrail.records.domain.AuditEntry;
import io.ordertrail.records.domain.AuditSeal;
import io.ordertrail.records.domain.ChainVerification;
import io.ordertrail.records.domain.PurgeCheckpoint;
import io.ordertrail.records.domain.PurgedEntry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The verification as a command, straight against the database, with no server running: walks the chain from its
 * first seal and prints the first entry that does not match. Exit status 0 when the chain is intact, 1 when it is
 * broken, 2 when it could not be read. Reads ORDERTRAIL_DB_URL, _USER, _PASSWORD and, when set,
 * ORDERTRAIL_RECORDS_CHECKPOINT_KEY (otherwise the key kept in the database). Run by {@code bin/verify-audit-trail}.
 */
public final class VerifyAuditTrail {

    private static final int PAGE = 1000;

    private VerifyAuditTrail() {}

    public static void main(String[] args) {
        String url = System.getenv().getOrDefault("ORDERTRAIL_DB_URL", "jdbc:h2:file:./data/db/ordertrail");
        String user = System.getenv().getOrDefault("ORDERTRAIL_DB_USER", "ordertrail");
        String password = System.getenv().getOrDefault("ORDERTRAIL_DB_PASSWORD", "ordertrail");
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.setReadOnly(true);
            Outcome outcome = verify(db, key(db));
            System.out.println(outcome.message());
            System.exit(outcome.intact() ? 0 : 1);
        } catch (SQLException e) {
            System.err.println("Could not read the audit trail at " + url + ": " + e.getMessage());
            System.exit(2);
        }
    }

    /** The outcome of a walk. */
    public record Outcome(boolean intact, String message) {}

    public static Outcome verify(Connection db, byte[] key) throws SQLException {
        ChainVerification verification = new ChainVerification();
        Map<Long, Boolean> checkpoints = new HashMap<>();
        long from = 0;
        while (true) {
            List<AuditSeal> seals = new ArrayList<>();
            try (PreparedStatement s = db.prepareStatement(
                    "select position, entry_id, previous_hash, chain_hash, sealed_at from audit_seal"
                            + " where position > ? order by position")) {
                s.setLong(1, from);
                s.setMaxRows(PAGE);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        seals.add(AuditSeal.stored(
                                r.getLong(1),
                                r.getLong(2),
                                r.getString(3),
                                r.getString(4),
                                r.getTimestamp(5).toInstant()));
                    }
                }
            }
            if (seals.isEmpty()) {
                return new Outcome(
                        true,
                        "Audit trail intact: " + verification.checked()
                                + " entries in an unbroken chain from the first.");
            }
            Map<Long, AuditEntry> entries = entries(db, seals);
            for (AuditSeal seal : seals) {
                AuditEntry entry = entries.get(seal.getEntryId());
                String purgedHash = entry == null ? purgedHash(db, seal.getEntryId(), checkpoints, key) : null;
                if (!verification.next(seal, entry, purgedHash)) {
                    ChainVerification.Break at = verification.firstBreak().orElseThrow();
                    return new Outcome(
                            false,
                            "AUDIT TRAIL BROKEN at position " + at.position() + " (entry "
                                    + at.entryId() + "): " + at.reason() + ". " + verification.checked()
                                    + " entries before it verified.");
                }
            }
            from = seals.get(seals.size() - 1).getPosition();
        }
    }

    private static Map<Long, AuditEntry> entries(Connection db, List<AuditSeal> seals) throws SQLException {
        Map<Long, AuditEntry> entries = new HashMap<>();
        StringBuilder ids = new StringBuilder();
        for (AuditSeal seal : seals) {
            ids.append(ids.isEmpty() ? "" : ",").append(seal.getEntryId());
        }
        try (PreparedStatement s = db.prepareStatement("select id, recorded_at, actor, origin, kind, subject_type,"
                        + " subject_id, content, content_hash from audit_entry where id in (" + ids + ")");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                entries.put(
                        r.getLong(1),
                        AuditEntry.stored(
                                r.getTimestamp(2).toInstant(),
                                r.getString(3),
                                r.getString(4),
                                r.getString(5),
                                r.getString(6),
                                r.getString(7),
                                r.getString(8),
                                r.getString(9)));
            }
        }
        return entries;
    }

    /** The hash a valid checkpoint kept for a removed entry, or null. */
    private static String purgedHash(Connection db, long entryId, Map<Long, Boolean> checkpoints, byte[] key)
            throws SQLException {
        try (PreparedStatement s =
                db.prepareStatement("select content_hash, checkpoint_id from audit_purged where entry_id = ?")) {
            s.setLong(1, entryId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                String hash = r.getString(1);
                long checkpoint = r.getLong(2);
                if (!checkpoints.containsKey(checkpoint)) {
                    checkpoints.put(checkpoint, checkpointHolds(db, checkpoint, key));
                }
                return checkpoints.get(checkpoint) ? hash : null;
            }
        }
    }

    private static boolean checkpointHolds(Connection db, long id, byte[] key) throws SQLException {
        List<PurgedEntry> listed = new ArrayList<>();
        try (PreparedStatement s =
                db.prepareStatement("select entry_id, content_hash from audit_purged where checkpoint_id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    listed.add(PurgedEntry.stored(r.getLong(1), r.getString(2), id));
                }
            }
        }
        try (PreparedStatement s = db.prepareStatement(
                "select purge_run, entry_count, digest, signature from audit_checkpoint where id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next()
                        && PurgeCheckpoint.covers(
                                id, r.getLong(1), r.getInt(2), r.getString(3), r.getString(4), listed, key);
            }
        }
    }

    private static byte[] key(Connection db) throws SQLException {
        String configured = System.getenv("ORDERTRAIL_RECORDS_CHECKPOINT_KEY");
        if (configured != null && !configured.isBlank()) {
            return Base64.getDecoder().decode(configured.trim());
        }
        try (PreparedStatement s = db.prepareStatement("select secret from app_secret where name = ?")) {
            s.setString(1, "records-checkpoint-key");
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Base64.getDecoder().decode(r.getString(1)) : new byte[32];
            }
        }
    }
}
