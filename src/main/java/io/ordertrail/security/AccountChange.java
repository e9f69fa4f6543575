package io.ordertrail.security;

import io.ordertrail.platform.SequencedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change to a user account: who made it and when, what changed, the value before and after. Never changed. */
@Entity
@Table(name = "app_user_change")
public class AccountChange extends SequencedEntity {

    /** What was changed. */
    public enum What {
        ACCOUNT_CREATED,
        NAME_AND_EMAIL,
        ROLES,
        DISABLED,
        ENABLED,
        PASSWORD_LINK_ISSUED,
        PASSWORD_RESET,
        PASSWORD_SET,
        PASSWORD_CHANGED,
        LANGUAGE_CHOSEN
    }

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private String changedBy;

    @Column(nullable = false, updatable = false)
    private String what;

    @Column(name = "value_before", updatable = false)
    private String before;

    @Column(name = "value_after", updatable = false)
    private String after;

    protected AccountChange() {}

    AccountChange(String username, Instant changedAt, String changedBy, What what, String before, String after) {
        this.username = username;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.what = what.name();
        this.before = cut(before);
        this.after = cut(after);
    }

    private static String cut(String value) {
        return value == null || value.length() <= 500 ? value : value.substring(0, 500);
    }

    public String getUsername() {
        return username;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getWhat() {
        return what;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }
}
