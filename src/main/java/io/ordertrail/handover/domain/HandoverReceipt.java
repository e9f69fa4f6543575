package io.ordertrail.handover.domain;

import io.ordertrail.platform.SequencedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A team's record that it received a handover message. At most one per team and message. */
@Entity
@Table(name = "handover_receipt")
public class HandoverReceipt extends SequencedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Team team;

    @Column(name = "message_id", nullable = false)
    private String messageId;

    @Column(name = "message_type", nullable = false)
    private String messageType;

    @Column(name = "order_number", nullable = false)
    private String orderNumber;

    @Column(name = "order_version", nullable = false)
    private int orderVersion;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "customer_name")
    private String customerName;

    @Column(name = "line_summary")
    private String lineSummary;

    @Column(name = "acknowledged_by")
    private String acknowledgedBy;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    private static final int MAX_CUSTOMER = 200;
    private static final int MAX_SUMMARY = 500;

    protected HandoverReceipt() {}

    public HandoverReceipt(Team team, HandoverDocument document, Instant receivedAt) {
        this.team = Objects.requireNonNull(team);
        this.messageId = document.messageId();
        this.messageType = document.messageType().wireName();
        this.orderNumber = document.orderNumber();
        this.orderVersion = document.orderVersion();
        String customer = document.customerName();
        this.customerName =
                customer == null || customer.length() <= MAX_CUSTOMER ? customer : customer.substring(0, MAX_CUSTOMER);
        this.lineSummary = document.lineSummary(MAX_SUMMARY);
        this.receivedAt = Objects.requireNonNull(receivedAt);
    }

    /** A person of the team has seen the handover and taken it on. Once only: the first acknowledgement stands. */
    public void acknowledge(String by, Instant at) {
        if (acknowledgedBy != null) {
            throw new IllegalStateException("Handover of " + orderNumber + " was already acknowledged by "
                    + acknowledgedBy + " at " + acknowledgedAt);
        }
        acknowledgedBy = by;
        acknowledgedAt = at;
    }

    public boolean isAcknowledged() {
        return acknowledgedBy != null;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public Team getTeam() {
        return team;
    }

    public String getMessageId() {
        return messageId;
    }

    /** What the message told the team, in words ("New order"), or its type as received when unknown here. */
    public String getWhat() {
        try {
            return HandoverMessageType.ofWireName(messageType).getLabel();
        } catch (HandoverDocument.MalformedHandover unknown) {
            return messageType;
        }
    }

    /** What the message told the team; null for a type unknown here. */
    public HandoverMessageType getKind() {
        try {
            return HandoverMessageType.ofWireName(messageType);
        } catch (HandoverDocument.MalformedHandover unknown) {
            return null;
        }
    }

    public String getCustomerName() {
        return customerName;
    }

    public String getLineSummary() {
        return lineSummary;
    }

    public String getMessageType() {
        return messageType;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public int getOrderVersion() {
        return orderVersion;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
