package io.ordertrail.review.domain;

import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.SequencedEntity;
import io.ordertrail.platform.i18n.Phrase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One change to the procedure: what changed, from when, why, and the review that decided it (if one did). */
@Entity
@Table(name = "sop_revision")
public class SopRevision extends SequencedEntity {

    @ManyToOne
    @JoinColumn(name = "review_id", updatable = false)
    private PeriodicReview review;

    @Column(name = "effective_on", nullable = false, updatable = false)
    private LocalDate effectiveOn;

    @Column(name = "what_changed", nullable = false, updatable = false)
    private String whatChanged;

    @Column(nullable = false, updatable = false)
    private String why;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected SopRevision() {}

    /**
     * @throws InputRejected when what changed, why or from when is missing
     */
    public static SopRevision of(
            PeriodicReview review, LocalDate effectiveOn, String whatChanged, String why, String by, Instant at) {
        List<InputRejected.Problem> problems = new ArrayList<>();
        if (whatChanged == null || whatChanged.isBlank()) {
            problems.add(new InputRejected.Problem("whatChanged", Phrase.of("problem.whatChanged")));
        }
        InputRejected.checkLength(problems, "whatChanged", Phrase.of("what.whatChanged"), whatChanged, 2000);
        if (why == null || why.isBlank()) {
            problems.add(new InputRejected.Problem("why", Phrase.of("problem.why")));
        }
        InputRejected.checkLength(problems, "why", Phrase.of("what.why"), why, 2000);
        if (effectiveOn == null) {
            problems.add(new InputRejected.Problem("effectiveOn", Phrase.of("problem.effectiveOn")));
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        SopRevision revision = new SopRevision();
        revision.review = review;
        revision.effectiveOn = effectiveOn;
        revision.whatChanged = whatChanged.strip();
        revision.why = why.strip();
        revision.recordedBy = by;
        revision.recordedAt = at;
        return revision;
    }

    public PeriodicReview getReview() {
        return review;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public String getWhatChanged() {
        return whatChanged;
    }

    public String getWhy() {
        return why;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
