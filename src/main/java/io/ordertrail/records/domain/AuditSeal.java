package io.ordertrail.records.domain;

import io.ordertrail.platform.Sha256;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * An entry's place in the chain: its position, the chain hash before it, and the chain hash with it, which is the
 * SHA-256 of the previous chain hash and the entry's own hash. Changing, removing or reordering an entry breaks
 * every chain hash from there on.
 */
@Entity
@Table(name = "audit_seal")
public class AuditSeal implements Serializable {

    /** The chain hash before the first entry. */
    public static final String GENESIS = "0".repeat(64);

    @Id
    private long position;

    @Column(name = "entry_id", nullable = false, unique = true, updatable = false)
    private long entryId;

    @Column(name = "previous_hash", nullable = false, updatable = false)
    private String previousHash;

    @Column(name = "chain_hash", nullable = false, updatable = false)
    private String chainHash;

    @Column(name = "sealed_at", nullable = false, updatable = false)
    private Instant sealedAt;

    protected AuditSeal() {}

    private AuditSeal(long position, long entryId, String previousHash, String chainHash, Instant sealedAt) {
        this.position = position;
        this.entryId = entryId;
        this.previousHash = previousHash;
        this.chainHash = chainHash;
        this.sealedAt = sealedAt;
    }

    /** A seal as read back from the database by the verification command. */
    public static AuditSeal stored(
            long position, long entryId, String previousHash, String chainHash, Instant sealedAt) {
        return new AuditSeal(position, entryId, previousHash, chainHash, sealedAt);
    }

    /** Seals the entry after the previous seal (null for the first entry). */
    public static AuditSeal after(AuditSeal previous, AuditEntry entry, Instant at) {
        String before = previous == null ? GENESIS : previous.chainHash;
        return new AuditSeal(
                previous == null ? 1 : previous.position + 1,
                entry.getId(),
                before,
                link(before, entry.getContentHash()),
                Objects.requireNonNull(at));
    }

    /** The chain hash after an entry with this hash, following the given chain hash. */
    public static String link(String previousHash, String entryHash) {
        return Sha256.hex(previousHash + entryHash);
    }

    public long getPosition() {
        return position;
    }

    public long getEntryId() {
        return entryId;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getChainHash() {
        return chainHash;
    }

    public Instant getSealedAt() {
        return sealedAt;
    }
}
