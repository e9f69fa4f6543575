package io.ordertrail.security;

import io.ordertrail.platform.SequencedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A sign-in, a failed one, a refusal, a lock, an unlock or a sign-out: when, who, from which client address. */
@Entity
@Table(name = "sign_in_event")
public class SignInEvent extends SequencedEntity {

    /** What happened. */
    public enum Outcome {
        SIGNED_IN,
        FAILED,
        /** Refused without checking the password: the account or the address is waiting or locked. */
        THROTTLED,
        LOCKED,
        UNLOCKED,
        SIGNED_OUT,
        /** An open session ended because the account was disabled. */
        SESSION_ENDED,
        ACCOUNT_ADDED,
        ACCOUNT_DISABLED,
        ACCOUNT_ENABLED
    }

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "client_address", nullable = false, updatable = false)
    private String clientAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Outcome outcome;

    @Column(updatable = false)
    private String detail;

    protected SignInEvent() {}

    public SignInEvent(Instant occurredAt, String username, String clientAddress, Outcome outcome, String detail) {
        this.occurredAt = occurredAt;
        this.username = cut(username, 100);
        this.clientAddress = cut(clientAddress, 100);
        this.outcome = outcome;
        this.detail = detail == null ? null : cut(detail, 500);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getDetail() {
        return detail;
    }
}
