package io.ordertrail.orders.domain;

import io.ordertrail.platform.SequencedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * One version of an order, written once and never changed (SOP step 6): what the order said, why it changed from
 * the version before, and how the customer's request came in and was verified. Version 1 is the order as recorded.
 */
@Entity
@Table(name = "order_version_record")
public class OrderVersion extends SequencedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id", updatable = false)
    private Order order;

    @Column(nullable = false, updatable = false)
    private int version;

    /** An {@link AmendmentReason}'s name, or {@link #ORIGINAL} for the order as first recorded. */
    @Column(name = "reason_code", nullable = false, updatable = false)
    private String reasonCode;

    @Column(name = "reason_note", updatable = false)
    private String reasonNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "request_channel", updatable = false)
    private RequestChannel requestChannel;

    @Column(name = "requested_by", updatable = false)
    private String requestedBy;

    @Column(name = "verified_how", updatable = false)
    private String verifiedHow;

    @Column(name = "verification_reference", updatable = false)
    private String verificationReference;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false, updatable = false)
    private String content;

    /** What changed from the version before, one line per change. */
    @Column(updatable = false)
    private String changes;

    /** The code stored for the version as first recorded. */
    public static final String ORIGINAL = "ORIGINAL";

    protected OrderVersion() {}

    private OrderVersion(
            Order order,
            int version,
            String reasonCode,
            AmendmentRequest request,
            String createdBy,
            Instant createdAt,
            OrderContent content,
            List<String> changes) {
        this.order = order;
        this.version = version;
        this.reasonCode = reasonCode;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.content = content.toJson();
        this.changes = changes.isEmpty() ? null : String.join("\n", changes);
        if (request != null) {
            this.reasonNote = trimToNull(request.note());
            this.requestChannel = request.channel();
            this.requestedBy = request.requestedBy().trim();
            this.verifiedHow = request.verifiedHow().trim();
            this.verificationReference = request.reference().trim();
        }
    }

    static OrderVersion original(Order order, String by, Instant at, OrderContent content) {
        return new OrderVersion(order, order.getOrderVersion(), ORIGINAL, null, by, at, content, List.of());
    }

    static OrderVersion amended(
            Order order, AmendmentRequest request, String by, Instant at, OrderContent content, List<String> changes) {
        return new OrderVersion(
                order, order.getOrderVersion(), request.reason().name(), request, by, at, content, changes);
    }

    private static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public int getVersion() {
        return version;
    }

    /** The amendment's reason, or empty for the original version. */
    public java.util.Optional<AmendmentReason> getReason() {
        return ORIGINAL.equals(reasonCode)
                ? java.util.Optional.empty()
                : java.util.Optional.of(AmendmentReason.valueOf(reasonCode));
    }

    public String getReasonLabel() {
        return getReason().map(AmendmentReason::getLabel).orElse("Order as recorded");
    }

    public String getReasonNote() {
        return reasonNote;
    }

    public RequestChannel getRequestChannel() {
        return requestChannel;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public String getVerifiedHow() {
        return verifiedHow;
    }

    public String getVerificationReference() {
        return verificationReference;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public OrderContent getContent() {
        return OrderContent.parse(content);
    }

    public List<String> getChanges() {
        return changes == null ? List.of() : List.of(changes.split("\n"));
    }
}
