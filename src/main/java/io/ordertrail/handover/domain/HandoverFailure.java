package io.ordertrail.handover.domain;

import io.ordertrail.platform.SequencedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One failed attempt to process a handover message, with the reason, so that no failure goes unexplained. */
@Entity
@Table(name = "handover_failure")
public class HandoverFailure extends SequencedEntity {

    static final int MAX_REASON = 2000;

    @Column(name = "jms_message_id", nullable = false)
    private String jmsMessageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Team team;

    @Column(name = "delivery_count", nullable = false)
    private int deliveryCount;

    @Column(nullable = false)
    private String reason;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected HandoverFailure() {}

    public HandoverFailure(String jmsMessageId, Team team, int deliveryCount, String reason, Instant failedAt) {
        this.jmsMessageId = jmsMessageId;
        this.team = team;
        this.deliveryCount = deliveryCount;
        this.reason = reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
        this.failedAt = failedAt;
    }

    public String getJmsMessageId() {
        return jmsMessageId;
    }

    public Team getTeam() {
        return team;
    }

    public int getDeliveryCount() {
        return deliveryCount;
    }

    public String getReason() {
        return reason;
    }

    public Instant getFailedAt() {
        return failedAt;
    }
}
