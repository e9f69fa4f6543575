package io.ordertrail.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A key's failed sign-ins, as the database keeps them for every server ({@link SignInThrottleStore}). */
@Entity
@Table(name = "sign_in_throttle")
public class ThrottledKey implements Serializable {

    /** The longest key kept; a longer one (a user name of 300 characters) is cut, and counts with its first part. */
    static final int MAX_KEY = 220;

    @Id
    @Column(name = "throttle_key")
    private String throttleKey;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure")
    private Instant lastFailure;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected ThrottledKey() {}

    ThrottledKey(String key) {
        this.throttleKey = key;
    }

    String key() {
        return throttleKey;
    }

    SignInThrottle.State state() {
        return new SignInThrottle.State(failures, lastFailure, lockedUntil);
    }

    void become(SignInThrottle.State state) {
        this.failures = state.failures();
        this.lastFailure = state.lastFailure();
        this.lockedUntil = state.lockedUntil();
    }
}
