package io.ordertrail.platform.originals;

import io.ordertrail.platform.SequencedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** That an original arrived or left about something: which kind of original, about what, under which file name. */
@Entity
@Table(name = "original_link")
public class OriginalLink extends SequencedEntity {

    @Column(name = "content_hash", nullable = false, updatable = false)
    private String contentHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private OriginalKind kind;

    @Column(name = "subject_type", nullable = false, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private String subjectId;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "kept_at", nullable = false, updatable = false)
    private Instant keptAt;

    protected OriginalLink() {}

    OriginalLink(
            OriginalContent content,
            OriginalKind kind,
            String subjectType,
            String subjectId,
            String fileName,
            Instant at) {
        this.contentHash = content.getContentHash();
        this.kind = kind;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.fileName = fileName.length() > 200 ? fileName.substring(fileName.length() - 200) : fileName;
        this.mediaType = content.getMediaType();
        this.sizeBytes = content.getSizeBytes();
        this.keptAt = at;
    }

    public String getContentHash() {
        return contentHash;
    }

    public OriginalKind getKind() {
        return kind;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public Instant getKeptAt() {
        return keptAt;
    }
}
