package io.ordertrail.records.domain;

import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.SequencedEntity;
import io.ordertrail.platform.i18n.Phrase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A legal hold on an order or on all of a customer's orders: while it is in place, nothing of them is purged,
 * whatever their age. Placed and lifted with a reason, by a manager or an administrator.
 */
@Entity
@Table(name = "legal_hold")
public class LegalHold extends SequencedEntity {

    /** What a hold can be placed on. */
    public enum On {
        ORDER,
        CUSTOMER
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, updatable = false)
    private On subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private String subjectId;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "placed_by", nullable = false, updatable = false)
    private String placedBy;

    @Column(name = "placed_at", nullable = false, updatable = false)
    private Instant placedAt;

    @Column(name = "lifted_by")
    private String liftedBy;

    @Column(name = "lifted_at")
    private Instant liftedAt;

    @Column(name = "lift_reason")
    private String liftReason;

    protected LegalHold() {}

    public LegalHold(On on, String subjectId, String reason, String by, Instant at) {
        this.subjectType = on;
        this.subjectId = subjectId;
        this.reason = required(reason, "reason", Phrase.of("problem.hold.why"));
        this.placedBy = by;
        this.placedAt = at;
    }

    /** Lifts the hold; its records are purged at the next run once they are past their period. */
    public void lift(String why, String by, Instant at) {
        if (liftedAt != null) {
            throw InputRejected.because("liftReason", Phrase.of("problem.hold.lifted", String.valueOf(liftedBy)));
        }
        this.liftReason = required(why, "liftReason", Phrase.of("problem.hold.whyLift"));
        this.liftedBy = by;
        this.liftedAt = at;
    }

    private static String required(String text, String field, Phrase hint) {
        if (text == null || text.isBlank()) {
            throw InputRejected.because(field, Phrase.of("problem.hold.reasonRequired", hint));
        }
        if (text.length() > 500) {
            throw InputRejected.because(field, Phrase.of("problem.hold.reasonLength", String.valueOf(text.length())));
        }
        return text.strip();
    }

    public boolean isActive() {
        return liftedAt == null;
    }

    public On getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getReason() {
        return reason;
    }

    public String getPlacedBy() {
        return placedBy;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }

    public String getLiftedBy() {
        return liftedBy;
    }

    public Instant getLiftedAt() {
        return liftedAt;
    }

    public String getLiftReason() {
        return liftReason;
    }
}
