package io.ordertrail.records.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * What stays of an audit entry purged after its retention period: its id and hash, under the signed checkpoint of
 * the purge that removed it, so that the chain still verifies through it. The entry itself is in the archive.
 */
@Entity
@Table(name = "audit_purged")
public class PurgedEntry implements Serializable {

    @Id
    @Column(name = "entry_id")
    private long entryId;

    @Column(name = "content_hash", nullable = false, updatable = false)
    private String contentHash;

    @Column(name = "checkpoint_id", nullable = false, updatable = false)
    private long checkpointId;

    protected PurgedEntry() {}

    public PurgedEntry(AuditEntry entry, long checkpointId) {
        this.entryId = entry.getId();
        this.contentHash = entry.getContentHash();
        this.checkpointId = checkpointId;
    }

    /** What a purge kept of an entry, as read back by the verification command. */
    public static PurgedEntry stored(long entryId, String contentHash, long checkpointId) {
        PurgedEntry purged = new PurgedEntry();
        purged.entryId = entryId;
        purged.contentHash = contentHash;
        purged.checkpointId = checkpointId;
        return purged;
    }

    public long getEntryId() {
        return entryId;
    }

    public String getContentHash() {
        return contentHash;
    }

    public long getCheckpointId() {
        return checkpointId;
    }
}
