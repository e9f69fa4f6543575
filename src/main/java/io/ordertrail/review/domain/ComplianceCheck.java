package io.ordertrail.review.domain;

import io.ordertrail.platform.SequencedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One run of the compliance check: when, by whom (the schedule or a manager), and the breaches it found. */
@Entity
@Table(name = "compliance_check")
public class ComplianceCheck extends SequencedEntity {

    @Column(name = "checked_at", nullable = false, updatable = false)
    private Instant checkedAt;

    @Column(name = "checked_by", nullable = false, updatable = false)
    private String checkedBy;

    @ElementCollection
    @CollectionTable(name = "compliance_breach", joinColumns = @JoinColumn(name = "check_id"))
    @OrderColumn(name = "position")
    private List<Breach> breaches = new ArrayList<>();

    protected ComplianceCheck() {}

    public ComplianceCheck(Instant checkedAt, String checkedBy, List<Breach> breaches) {
        this.checkedAt = checkedAt;
        this.checkedBy = checkedBy;
        this.breaches.addAll(breaches);
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public String getCheckedBy() {
        return checkedBy;
    }

    public List<Breach> getBreaches() {
        return List.copyOf(breaches);
    }

    /** How many breaches of each kind, every kind there. */
    public Map<BreachKind, Long> getCounts() {
        Map<BreachKind, Long> counts = new EnumMap<>(BreachKind.class);
        for (BreachKind kind : BreachKind.values()) {
            counts.put(kind, breaches.stream().filter(b -> b.getKind() == kind).count());
        }
        return counts;
    }
}
