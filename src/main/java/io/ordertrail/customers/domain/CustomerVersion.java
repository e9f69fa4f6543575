package io.ordertrail.customers.domain;

import io.ordertrail.platform.SequencedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One version of a customer's record: who made it, when, why, and what changed, detail by detail. */
@Entity
@Table(name = "customer_version")
public class CustomerVersion extends SequencedEntity {

    public static final int MAX_REASON = 500;

    @Column(name = "customer_number", nullable = false)
    private String customerNumber;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(nullable = false)
    private String reason;

    /** One line a changed detail. */
    @Column(nullable = false)
    private String changes;

    protected CustomerVersion() {}

    public CustomerVersion(
            Customer customer, String changedBy, Instant changedAt, String reason, List<String> changes) {
        this.customerNumber = customer.getCustomerNumber();
        this.versionNumber = customer.getRecordVersion();
        this.changedBy = Objects.requireNonNull(changedBy);
        this.changedAt = Objects.requireNonNull(changedAt);
        this.reason = Objects.requireNonNull(reason);
        this.changes = String.join("\n", changes);
    }

    public String getCustomerNumber() {
        return customerNumber;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getReason() {
        return reason;
    }

    public List<String> getChangeList() {
        return changes.isEmpty() ? List.of() : List.of(changes.split("\n"));
    }
}
