package io.ordertrail.records.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordertrail.records.domain.AuditEntry;
import io.ordertrail.records.domain.AuditSeal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The verification command on a database migrated as the application migrates it. */
class VerifyAuditTrailTest {

    private static final byte[] KEY = new byte[32];

    @Test
    void anIntactChainVerifiesAndAnEntryChangedInTheDatabaseIsNamed() throws Exception {
        String url = "jdbc:h2:mem:verify-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration", "classpath:db/vendor/h2")
                .load()
                .migrate();
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            AuditSeal previous = null;
            for (long id = 1; id <= 3; id++) {
                Instant at = Instant.parse("2026-11-30T10:00:00Z").plusSeconds(id);
                AuditEntry entry = new AuditEntry(
                        at,
                        "sales",
                        "10.0.0.7 /orders/new.xhtml",
                        "ORDER_RECORDED",
                        "ORDER",
                        "ORD-2026-00000" + id,
                        "{\"version\":1}");
                try (PreparedStatement s = db.prepareStatement("insert into audit_entry (id, recorded_at, actor,"
                        + " origin, kind, subject_type, subject_id, content, content_hash)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    s.setLong(1, id);
                    s.setTimestamp(2, Timestamp.from(entry.getRecordedAt()));
                    s.setString(3, entry.getActor());
                    s.setString(4, entry.getOrigin());
                    s.setString(5, entry.getKind());
                    s.setString(6, entry.getSubjectType());
                    s.setString(7, entry.getSubjectId());
                    s.setString(8, entry.getContent());
                    s.setString(9, entry.getContentHash());
                    s.executeUpdate();
                }
                String before = previous == null ? AuditSeal.GENESIS : previous.getChainHash();
                AuditSeal seal = AuditSeal.stored(id, id, before, AuditSeal.link(before, entry.getContentHash()), at);
                try (PreparedStatement s = db.prepareStatement("insert into audit_seal (position, entry_id,"
                        + " previous_hash, chain_hash, sealed_at) values (?, ?, ?, ?, ?)")) {
                    s.setLong(1, seal.getPosition());
                    s.setLong(2, id);
                    s.setString(3, seal.getPreviousHash());
                    s.setString(4, seal.getChainHash());
                    s.setTimestamp(5, Timestamp.from(at));
                    s.executeUpdate();
                }
                previous = seal;
            }

            VerifyAuditTrail.Outcome intact = VerifyAuditTrail.verify(db, KEY);
            assertThat(intact.intact()).isTrue();
            assertThat(intact.message()).contains("3 entries");

            try (Statement s = db.createStatement()) {
                assertThatThrownBy(() -> s.executeUpdate("update audit_entry set content = '{}' where id = 2"))
                        .as("the trail is append-only on H2 too")
                        .hasMessageContaining("the audit trail is append-only: UPDATE on audit_entry refused");
                assertThatThrownBy(() -> s.executeUpdate("delete from audit_seal where position = 3"))
                        .hasMessageContaining("DELETE on audit_seal refused");
                assertThatThrownBy(() -> s.executeUpdate("delete from audit_entry where id = 3"))
                        .as("an entry no purge checkpoint lists")
                        .hasMessageContaining("DELETE on audit_entry refused");
                // the owner of the database can drop the protection: what is changed then, verification finds
                s.execute("drop trigger audit_entry_append_only");
                s.executeUpdate("update audit_entry set content = '{\"version\":2}' where id = 2");
            }
            VerifyAuditTrail.Outcome broken = VerifyAuditTrail.verify(db, KEY);
            assertThat(broken.intact()).isFalse();
            assertThat(broken.message())
                    .contains("position 2 (entry 2)")
                    .contains("content was changed")
                    .contains("1 entries before it verified");

            try (Statement s = db.createStatement()) {
                s.executeUpdate("delete from audit_entry where id = 2");
            }
            assertThat(VerifyAuditTrail.verify(db, KEY).message())
                    .as("removed without a purge checkpoint")
                    .contains("no signed purge checkpoint");
        }
    }
}
