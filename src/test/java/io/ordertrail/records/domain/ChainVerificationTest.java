package io.ordertrail.records.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainVerificationTest {

    private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");

    private static AuditEntry entry(long id, String content) throws Exception {
        AuditEntry entry = new AuditEntry(
                AT, "sales", "10.0.0.7 /orders/new.xhtml", "ORDER_RECORDED", "ORDER", "ORD-2026-00000" + id, content);
        Field idField = io.ordertrail.platform.SequencedEntity.class.getDeclaredField("id");
        idField.setAccessible(true);
        idField.set(entry, id);
        return entry;
    }

    private static List<AuditSeal> seal(List<AuditEntry> entries) {
        List<AuditSeal> seals = new ArrayList<>();
        AuditSeal last = null;
        for (AuditEntry e : entries) {
            last = AuditSeal.after(last, e, AT);
            seals.add(last);
        }
        return seals;
    }

    private static ChainVerification walk(List<AuditSeal> seals, List<AuditEntry> entries) {
        ChainVerification verification = new ChainVerification();
        for (int i = 0; i < seals.size(); i++) {
            if (!verification.next(seals.get(i), entries.get(i))) {
                break;
            }
        }
        return verification;
    }

    @Test
    void anUntouchedChainVerifiesAndAChangedEntryIsFoundWhereItIs() throws Exception {
        List<AuditEntry> entries =
                new ArrayList<>(List.of(entry(1, "{\"v\":1}"), entry(2, "{\"v\":2}"), entry(3, "{\"v\":3}")));
        List<AuditSeal> seals = seal(entries);
        assertThat(walk(seals, entries).firstBreak()).isEmpty();
        assertThat(walk(seals, entries).checked()).isEqualTo(3);

        Field content = AuditEntry.class.getDeclaredField("content");
        content.setAccessible(true);
        content.set(entries.get(1), "{\"v\":22}");
        ChainVerification tampered = walk(seals, entries);
        assertThat(tampered.firstBreak()).hasValueSatisfying(b -> {
            assertThat(b.position()).isEqualTo(2);
            assertThat(b.entryId()).isEqualTo(2L);
            assertThat(b.reason()).contains("content was changed");
        });
        assertThat(tampered.checked()).isEqualTo(1);
    }

    @Test
    void anEntryRewrittenWithItsOwnHashStillBreaksTheChainAndARemovedOneIsNamed() throws Exception {
        List<AuditEntry> entries = new ArrayList<>(List.of(entry(1, "a"), entry(2, "b"), entry(3, "c")));
        List<AuditSeal> seals = seal(entries);

        AuditEntry forged = entry(2, "b, but different");
        entries.set(1, forged); // content and hash consistent with each other, not with the seal
        assertThat(walk(seals, entries).firstBreak())
                .hasValueSatisfying(b -> assertThat(b.reason()).contains("chain hash does not follow"));

        entries.set(1, null);
        assertThat(walk(seals, entries).firstBreak())
                .hasValueSatisfying(b -> assertThat(b.reason()).contains("removed"));
    }
}
