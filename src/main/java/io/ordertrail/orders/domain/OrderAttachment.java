package io.ordertrail.orders.domain;

import io.ordertrail.platform.SequencedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file kept with an order (a purchase order PDF, a drawing, a signed form, an email): what it is by its content,
 * its size and SHA-256, who added it and when, and what on the order it is about. The bytes are kept apart
 * ({@link AttachmentContent}), so that listing attachments never reads them. Never changed after it is added.
 */
@Entity
@Table(name = "order_attachment")
public class OrderAttachment extends SequencedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    private Order order;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(updatable = false)
    private String about;

    /** The version of the order the file is about; null when it is about the order as a whole. */
    @Column(name = "order_version", updatable = false)
    private Integer orderVersion;

    /** The special request the file is about (such as the drawing for a custom cut); null otherwise. */
    @Column(name = "special_request_id", updatable = false)
    private Long specialRequestId;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    protected OrderAttachment() {}

    public OrderAttachment(
            Order order,
            String fileName,
            AttachmentType type,
            long sizeBytes,
            String sha256,
            String about,
            String uploadedBy,
            Instant uploadedAt) {
        this.order = order;
        this.fileName = fileName;
        this.mediaType = type.mediaType();
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.about = about;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /** Says which version or special request of its order the file is about; by default the order as a whole. */
    public OrderAttachment about(Integer orderVersion, Long specialRequestId) {
        if (orderVersion != null && specialRequestId != null) {
            throw new IllegalArgumentException("A file is about a version or a special request, not both");
        }
        this.orderVersion = orderVersion;
        this.specialRequestId = specialRequestId;
        return this;
    }

    public Integer getOrderVersion() {
        return orderVersion;
    }

    public Long getSpecialRequestId() {
        return specialRequestId;
    }

    public Order getOrder() {
        return order;
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

    public String getSha256() {
        return sha256;
    }

    public String getAbout() {
        return about;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
