package io.ordertrail.records.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A purge's checkpoint: the chain verifies through what it removed, and only through a genuine checkpoint. */
class PurgeCheckpointTest {

    private static final Instant AT = Instant.parse("2024-10-01T09:00:00Z");
    private static final byte[] KEY = "a key of thirty-two bytes or more!!".getBytes(StandardCharsets.US_ASCII);

    private static void setId(Object entity, long id) throws Exception {
        Field idField = io.ordertrail.platform.SequencedEntity.class.getDeclaredField("id");
        idField.setAccessible(true);
        idField.set(entity, id);
    }

    private static AuditEntry entry(long id) throws Exception {
        AuditEntry entry = new AuditEntry(AT, "sales", null, "ORDER_RECORDED", "ORDER", "ORD-2024-00000" + id, "{}");
        setId(entry, id);
        return entry;
    }

    private static PurgeCheckpoint checkpoint(long id, List<PurgedEntry> purged, byte[] key) throws Exception {
        PurgeCheckpoint checkpoint = new PurgeCheckpoint(7, AT);
        setId(checkpoint, id);
        checkpoint.sign(purged, key);
        return checkpoint;
    }

    @Test
    void theChainVerifiesThroughEntriesAGenuineCheckpointAccountsFor() throws Exception {
        List<AuditEntry> entries = new ArrayList<>();
        List<AuditSeal> seals = new ArrayList<>();
        AuditSeal last = null;
        for (long id = 1; id <= 4; id++) {
            entries.add(entry(id));
            last = AuditSeal.after(last, entries.get(entries.size() - 1), AT);
            seals.add(last);
        }
        // entries 1 and 2 purged under checkpoint 100
        List<PurgedEntry> purged = List.of(new PurgedEntry(entries.get(0), 100), new PurgedEntry(entries.get(1), 100));
        PurgeCheckpoint genuine = checkpoint(100, purged, KEY);
        assertThat(genuine.covers(purged, KEY)).isTrue();

        ChainVerification verification = new ChainVerification();
        assertThat(verification.next(seals.get(0), null, purged.get(0).getContentHash()))
                .isTrue();
        assertThat(verification.next(seals.get(1), null, purged.get(1).getContentHash()))
                .isTrue();
        assertThat(verification.next(seals.get(2), entries.get(2))).isTrue();
        assertThat(verification.next(seals.get(3), entries.get(3))).isTrue();
        assertThat(verification.firstBreak()).isEmpty();
        assertThat(verification.checked()).isEqualTo(4);
    }

    @Test
    void aRemovedEntryNoCheckpointAccountsForIsNamed() throws Exception {
        AuditEntry first = entry(1);
        AuditSeal seal = AuditSeal.after(null, first, AT);
        ChainVerification verification = new ChainVerification();

        assertThat(verification.next(seal, null, null)).isFalse();
        assertThat(verification.firstBreak().orElseThrow().entryId()).isEqualTo(1L);
        assertThat(verification.firstBreak().orElseThrow().reason()).contains("no signed purge checkpoint");
    }

    @Test
    void aCheckpointSignedWithAnotherKeyOrOverOtherEntriesDoesNotCover() throws Exception {
        List<PurgedEntry> purged = List.of(new PurgedEntry(entry(1), 100));
        PurgeCheckpoint forged = checkpoint(100, purged, "somebody else's key, also long enough".getBytes());
        assertThat(forged.covers(purged, KEY)).as("signed with another key").isFalse();

        PurgeCheckpoint genuine = checkpoint(100, purged, KEY);
        List<PurgedEntry> widened = List.of(purged.get(0), new PurgedEntry(entry(2), 100));
        assertThat(genuine.covers(widened, KEY))
                .as("an entry added to what it lists")
                .isFalse();
    }

    @Test
    void theRetentionPolicyRefusesLessThanTheSopsTwelveMonthsAndSaysWhatToSet() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RetentionPolicy(11, 24, 90, 90))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ORDERTRAIL_RETENTION_ORDER_MONTHS")
                .hasMessageContaining("at least 12 months");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RetentionPolicy(24, 6, 90, 90))
                .hasMessageContaining("ORDERTRAIL_RETENTION_AUDIT_MONTHS");
        RetentionPolicy policy = new RetentionPolicy(24, 24, 90, 90);
        assertThat(policy.orderCutOff(Instant.parse("2026-12-01T00:00:00Z"), java.time.ZoneOffset.UTC))
                .isEqualTo(Instant.parse("2024-12-01T00:00:00Z"));
        assertThat(policy.outboxCutOff(Instant.parse("2026-12-01T00:00:00Z"), java.time.ZoneOffset.UTC))
                .isEqualTo(Instant.parse("2026-09-02T00:00:00Z"));
    }
}
