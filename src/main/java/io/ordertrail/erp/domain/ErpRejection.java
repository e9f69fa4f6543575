package io.ordertrail.erp.domain;

import io.ordertrail.platform.SequencedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A document refused, with the reason and, where it could be told, its sender; for the ADMIN to look at. */
@Entity
@Table(name = "erp_rejection")
public class ErpRejection extends SequencedEntity {

    public static final int MAX_REASON = 2000;
    public static final int MAX_EXCERPT = 2000;

    @Column(name = "jms_message_id", updatable = false)
    private String jmsMessageId;

    @Column(updatable = false)
    private String sender;

    @Column(name = "document_id", updatable = false)
    private String documentId;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(updatable = false)
    private String excerpt;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    /** Whether the sender was sent a rejection; otherwise the message went to the dead-letter queue. */
    @Column(nullable = false, updatable = false)
    private boolean answered;

    /** The broker user that sent it. */
    @Column(updatable = false)
    private String partner;

    protected ErpRejection() {}

    public ErpRejection(
            String partner,
            String jmsMessageId,
            String sender,
            String documentId,
            String reason,
            String document,
            Instant receivedAt,
            boolean answered) {
        this.partner = partner;
        this.jmsMessageId = jmsMessageId;
        this.sender = sender;
        this.documentId = documentId;
        this.reason = cut(reason, MAX_REASON);
        this.excerpt = document == null ? null : cut(document, MAX_EXCERPT);
        this.receivedAt = receivedAt;
        this.answered = answered;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public String getJmsMessageId() {
        return jmsMessageId;
    }

    /** What became of the document, for the administrator. */
    public String getOutcome() {
        return answered ? "Rejection sent to the sender" : "Dead-lettered";
    }

    public String getPartner() {
        return partner;
    }

    public String getSender() {
        return sender;
    }

    public String getDocumentId() {
        return documentId;
    }

    public String getReason() {
        return reason;
    }

    public String getExcerpt() {
        return excerpt;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public boolean isAnswered() {
        return answered;
    }
}
