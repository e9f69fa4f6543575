package io.ordertrail.handover.domain;

import io.ordertrail.platform.SequencedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** What an administrator did with a dead letter. Kept: the record of how each lost-looking message was handled. */
@Entity
@Table(name = "dead_letter_action")
public class DeadLetterAction extends SequencedEntity {

    /** Put back on its queue for another attempt, or removed for good. */
    public enum Kind {
        RETRIED,
        DISCARDED
    }

    @Column(name = "jms_message_id", nullable = false)
    private String jmsMessageId;

    @Column(name = "original_queue", nullable = false)
    private String originalQueue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind action;

    @Column(name = "acted_by", nullable = false)
    private String actedBy;

    @Column(name = "acted_at", nullable = false)
    private Instant actedAt;

    @Column(name = "body_preview", nullable = false)
    private String bodyPreview;

    protected DeadLetterAction() {}

    public DeadLetterAction(DeadLetter letter, Kind action, String actedBy, Instant actedAt) {
        this.jmsMessageId = letter.getJmsMessageId();
        this.originalQueue = letter.getOriginalQueue();
        this.bodyPreview = letter.getPreview();
        this.action = action;
        this.actedBy = actedBy;
        this.actedAt = actedAt;
    }

    public String getJmsMessageId() {
        return jmsMessageId;
    }

    public String getOriginalQueue() {
        return originalQueue;
    }

    public Kind getAction() {
        return action;
    }

    public String getActedBy() {
        return actedBy;
    }

    public Instant getActedAt() {
        return actedAt;
    }

    public String getBodyPreview() {
        return bodyPreview;
    }
}
