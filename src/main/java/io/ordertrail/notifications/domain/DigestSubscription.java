package io.ordertrail.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/** A person's choice of an email digest of their unread notifications, and when the last one went out. */
@Entity
@Table(name = "notification_digest")
public class DigestSubscription implements Serializable {

    @Id
    private String username;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "last_sent_at")
    private Instant lastSentAt;

    protected DigestSubscription() {}

    public DigestSubscription(String username, boolean enabled, Instant since) {
        this.username = username;
        this.enabled = enabled;
        this.lastSentAt = since; // what arrived before switching it on was seen on the page, or is in the list there
    }

    public void switchTo(boolean on, Instant at) {
        if (on && !enabled) {
            lastSentAt = at;
        }
        enabled = on;
    }

    /** Whether a digest is due: switched on, and the last one at least {@code every} ago. */
    public boolean isDue(Instant now, Duration every) {
        return enabled && (lastSentAt == null || !lastSentAt.plus(every).isAfter(now));
    }

    public void sent(Instant at) {
        lastSentAt = at;
    }

    public String getUsername() {
        return username;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getLastSentAt() {
        return lastSentAt;
    }
}
