package io.ordertrail.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * A single-use link with which a person sets their password: for a new account, or after an ADMIN reset it. Only the
 * SHA-256 of its token is kept, so nobody can read a working link back from the database.
 */
@Entity
@Table(name = "password_link")
public class PasswordLink implements Serializable {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordLink() {}

    PasswordLink(String tokenHash, String username, Instant createdAt, String createdBy, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.username = username;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.expiresAt = expiresAt;
    }

    boolean isUsableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        this.usedAt = now;
    }

    /** A newer link replaces this one: it expires now, unused. */
    void withdraw(Instant now) {
        if (usedAt == null && now.isBefore(expiresAt)) {
            this.expiresAt = now;
        }
    }

    String getUsername() {
        return username;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }
}
