package io.ordertrail.platform.originals;

import io.ordertrail.platform.Sha256;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** The bytes of an original, stored once under their SHA-256 however often they arrive or are linked. */
@Entity
@Table(name = "original_content")
public class OriginalContent implements Serializable {

    @Id
    @Column(name = "content_hash")
    private String contentHash;

    @Column(name = "media_type", nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "first_kept_at", nullable = false, updatable = false)
    private Instant firstKeptAt;

    protected OriginalContent() {}

    OriginalContent(String mediaType, byte[] content, Instant at) {
        this.contentHash = Sha256.hex(content);
        this.mediaType = mediaType;
        this.sizeBytes = content.length;
        this.content = content.clone();
        this.firstKeptAt = at;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    /** When these bytes were first kept; a later original with the same bytes links them and keeps this. */
    public Instant getFirstKeptAt() {
        return firstKeptAt;
    }

    public byte[] getContent() {
        return content.clone();
    }

    /** Whether the bytes still have the hash they are stored under. */
    public boolean isIntact() {
        return Sha256.hex(content).equals(contentHash);
    }
}
