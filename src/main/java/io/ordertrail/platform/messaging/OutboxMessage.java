package io.ordertrail.platform.messaging;

import io.ordertrail.platform.SequencedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A message waiting in the transactional outbox until the relay has put it on the broker. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends SequencedEntity {

    @Column(name = "message_id", nullable = false, unique = true, updatable = false)
    private String messageId;

    @Column(nullable = false, updatable = false)
    private String destination;

    /** Messages of one group (one order) are consumed in order. */
    @Column(name = "message_group", nullable = false, updatable = false)
    private String messageGroup;

    @Column(name = "message_type", nullable = false, updatable = false)
    private String messageType;

    @Column(nullable = false, updatable = false)
    private String payload;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** The server whose relay claimed the message to send it ({@code OutboxDelivery#due}); null before a claim. */
    @Column(name = "claimed_by")
    private String claimedBy;

    /** Until when the claim holds; after that, another server's relay may claim the message. */
    @Column(name = "claimed_until")
    private Instant claimedUntil;

    protected OutboxMessage() {}

    public OutboxMessage(
            String messageId,
            String destination,
            String messageGroup,
            String messageType,
            String payload,
            Instant createdAt) {
        this.messageId = Objects.requireNonNull(messageId);
        this.destination = Objects.requireNonNull(destination);
        this.messageGroup = Objects.requireNonNull(messageGroup);
        this.messageType = Objects.requireNonNull(messageType);
        this.payload = Objects.requireNonNull(payload);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public String getMessageId() {
        return messageId;
    }

    public String getDestination() {
        return destination;
    }

    public String getMessageGroup() {
        return messageGroup;
    }

    public String getMessageType() {
        return messageType;
    }

    public String getPayload() {
        return payload;
    }

    /** When the message was written, in the transaction of what it tells. */
    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
