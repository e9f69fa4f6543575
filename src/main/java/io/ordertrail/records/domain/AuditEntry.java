package io.ordertrail.records.domain;

import io.ordertrail.platform.SequencedEntity;
import io.ordertrail.platform.Sha256;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One entry of the audit trail: who (a user, a service account, an ERP partner or the system), when, from where (a
 * client address, or the queue a message came on), what (the kind of change and the entity with its identifier) and
 * the change itself (its content, as JSON). Its hash covers all of that; entries are never changed.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends SequencedEntity {

    public static final int MAX_CONTENT = 20_000;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(updatable = false)
    private String origin;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(name = "subject_type", nullable = false, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private String subjectId;

    @Column(nullable = false, updatable = false)
    private String content;

    @Column(name = "content_hash", nullable = false, updatable = false)
    private String contentHash;

    protected AuditEntry() {}

    public AuditEntry(
            Instant recordedAt,
            String actor,
            String origin,
            String kind,
            String subjectType,
            String subjectId,
            String content) {
        // to the millisecond: what every database keeps, so the hash is the same when the entry is read back
        this.recordedAt = recordedAt.truncatedTo(ChronoUnit.MILLIS);
        this.actor = cut(Objects.requireNonNull(actor), 64);
        this.origin = origin == null ? null : cut(origin, 200);
        this.kind = Objects.requireNonNull(kind);
        this.subjectType = Objects.requireNonNull(subjectType);
        this.subjectId = cut(Objects.requireNonNull(subjectId), 64);
        this.content = cut(Objects.requireNonNull(content), MAX_CONTENT);
        this.contentHash = computeHash();
    }

    /** An entry as read back from the database by the verification command: its hash as stored, not recomputed. */
    public static AuditEntry stored(
            Instant recordedAt,
            String actor,
            String origin,
            String kind,
            String subjectType,
            String subjectId,
            String content,
            String contentHash) {
        AuditEntry entry = new AuditEntry();
        entry.recordedAt = recordedAt;
        entry.actor = actor;
        entry.origin = origin;
        entry.kind = kind;
        entry.subjectType = subjectType;
        entry.subjectId = subjectId;
        entry.content = content;
        entry.contentHash = contentHash;
        return entry;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    /** The SHA-256 of everything the entry says, field by field; what the chain links. */
    public String computeHash() {
        return Sha256.hex(String.join(
                "\n",
                recordedAt.toString(),
                actor,
                origin == null ? "" : origin,
                kind,
                subjectType,
                subjectId,
                content));
    }

    /** Whether the entry still says what it said when it was written. */
    public boolean isIntact() {
        return computeHash().equals(contentHash);
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getActor() {
        return actor;
    }

    public String getOrigin() {
        return origin;
    }

    public String getKind() {
        return kind;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getContent() {
        return content;
    }

    public String getContentHash() {
        return contentHash;
    }
}
