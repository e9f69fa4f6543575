package io.ordertrail.review.domain;

import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.SequencedEntity;
import io.ordertrail.platform.i18n.Phrase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A periodic review the manager held (SOP section 6): the period it looked at, what it found, and the actions it
 * decided, each with an owner and a due date.
 */
@Entity
@Table(name = "periodic_review")
public class PeriodicReview extends SequencedEntity {

    public static final int MAX_FINDINGS = 8000;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", nullable = false, updatable = false)
    private ReviewPeriod.Kind periodKind;

    @Column(name = "first_day", nullable = false, updatable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false, updatable = false)
    private LocalDate lastDay;

    @Column(nullable = false, updatable = false)
    private String findings;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL)
    @OrderBy("dueDate, id")
    private List<ReviewAction> actions = new ArrayList<>();

    protected PeriodicReview() {}

    /**
     * Records a review and its actions; each action needs a description, an owner and a due date.
     *
     * @throws InputRejected naming each field that is missing or wrong (actions as {@code actions[i].owner}); nothing
     *                       is recorded then
     */
    public static PeriodicReview record(
            ReviewPeriod period, String findings, List<ActionDraft> actions, String by, Instant at, LocalDate today) {
        List<InputRejected.Problem> problems = new ArrayList<>();
        if (findings == null || findings.isBlank()) {
            problems.add(new InputRejected.Problem("findings", Phrase.of("problem.findings")));
        }
        InputRejected.checkLength(problems, "findings", Phrase.of("what.findings"), findings, MAX_FINDINGS);
        for (int i = 0; i < actions.size(); i++) {
            problems.addAll(actions.get(i).problems(i, today));
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        PeriodicReview review = new PeriodicReview();
        review.periodKind = period.kind();
        review.firstDay = period.first();
        review.lastDay = period.last();
        review.findings = findings.strip();
        review.recordedBy = by;
        review.recordedAt = at;
        for (ActionDraft draft : actions) {
            review.actions.add(new ReviewAction(
                    review, draft.description().strip(), draft.owner().strip(), draft.due()));
        }
        return review;
    }

    /** An action as the manager enters it. */
    public record ActionDraft(String description, String owner, LocalDate due) {
        List<InputRejected.Problem> problems(int index, LocalDate today) {
            List<InputRejected.Problem> problems = new ArrayList<>();
            String field = "actions[" + index + "].";
            if (description == null || description.isBlank()) {
                problems.add(new InputRejected.Problem(field + "description", Phrase.of("reviews.problem.what")));
            }
            InputRejected.checkLength(problems, field + "description", Phrase.of("what.action"), description, 1000);
            if (owner == null || owner.isBlank()) {
                problems.add(new InputRejected.Problem(field + "owner", Phrase.of("reviews.problem.who")));
            }
            if (due == null) {
                problems.add(new InputRejected.Problem(field + "due", Phrase.of("reviews.problem.due")));
            } else if (due.isBefore(today)) {
                problems.add(new InputRejected.Problem(field + "due", Phrase.of("reviews.problem.duePassed")));
            }
            return problems;
        }
    }

    public ReviewPeriod getPeriod() {
        return new ReviewPeriod(periodKind, firstDay, lastDay);
    }

    public String getPeriodLabel() {
        return getPeriod().label();
    }

    public String getFindings() {
        return findings;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public List<ReviewAction> getActions() {
        return List.copyOf(actions);
    }
}
