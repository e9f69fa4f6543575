package io.ordertrail.records.domain;

import io.ordertrail.platform.SequencedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signed checkpoint a purge leaves for the audit entries it removed: how many, a SHA-256 digest of their ids and
 * hashes, and an HMAC-SHA256 of that under the records key, which is not in the database. Verification accepts a
 * missing entry only when a checkpoint with a valid signature names its id and hash.
 */
@Entity
@Table(name = "audit_checkpoint")
public class PurgeCheckpoint extends SequencedEntity {

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "purge_run", nullable = false, updatable = false)
    private long purgeRun;

    @Column(name = "entry_count", nullable = false, updatable = false)
    private int entryCount;

    @Column(nullable = false, updatable = false)
    private String digest;

    @Column(nullable = false, updatable = false)
    private String signature;

    protected PurgeCheckpoint() {}

    public PurgeCheckpoint(long purgeRun, Instant createdAt) {
        this.purgeRun = purgeRun;
        this.createdAt = createdAt;
        this.digest = "";
        this.signature = "";
    }

    /** Seals the checkpoint over the entries it removed (after it has its id). */
    public void sign(List<PurgedEntry> entries, byte[] key) {
        this.entryCount = entries.size();
        this.digest = digestOf(entries);
        this.signature = signatureOf(key, getId(), purgeRun, entryCount, digest);
    }

    /** Whether these are exactly the entries it was signed over, and the signature is the key's. */
    public boolean covers(List<PurgedEntry> entries, byte[] key) {
        return covers(getId(), purgeRun, entryCount, digest, signature, entries, key);
    }

    /** The same check for a checkpoint read from the database by the verification command. */
    public static boolean covers(
            long id, long run, int count, String digest, String signature, List<PurgedEntry> entries, byte[] key) {
        return entries.size() == count
                && digestOf(entries).equals(digest)
                && MessageDigest.isEqual(
                        signatureOf(key, id, run, count, digest).getBytes(StandardCharsets.US_ASCII),
                        signature.getBytes(StandardCharsets.US_ASCII));
    }

    private static String digestOf(List<PurgedEntry> entries) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            entries.stream()
                    .sorted(Comparator.comparingLong(PurgedEntry::getEntryId))
                    .forEach(e -> sha.update(
                            (e.getEntryId() + ":" + e.getContentHash() + "\n").getBytes(StandardCharsets.US_ASCII)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static String signatureOf(byte[] key, long id, long purgeRun, int entryCount, String digest) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of()
                    .formatHex(mac.doFinal((id + "|" + purgeRun + "|" + entryCount + "|" + digest)
                            .getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this Java runtime", e);
        }
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getPurgeRun() {
        return purgeRun;
    }

    public int getEntryCount() {
        return entryCount;
    }
}
