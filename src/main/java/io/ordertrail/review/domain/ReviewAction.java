package io.ordertrail.review.domain;

import io.ordertrail.platform.SequencedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** An action a periodic review decided: what, who does it, by when, and when it was done. */
@Entity
@Table(name = "review_action")
public class ReviewAction extends SequencedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "review_id", nullable = false, updatable = false)
    private PeriodicReview review;

    @Column(nullable = false, updatable = false)
    private String description;

    @Column(nullable = false, updatable = false)
    private String owner;

    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate dueDate;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_by")
    private String doneBy;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected ReviewAction() {}

    ReviewAction(PeriodicReview review, String description, String owner, LocalDate dueDate) {
        this.review = review;
        this.description = description;
        this.owner = owner;
        this.dueDate = dueDate;
    }

    /** Done: the first time stands. */
    public void done(String by, Instant at) {
        if (doneAt == null) {
            doneAt = at;
            doneBy = by;
        }
    }

    public boolean isDone() {
        return doneAt != null;
    }

    public boolean isOverdue(LocalDate today) {
        return doneAt == null && dueDate.isBefore(today);
    }

    public PeriodicReview getReview() {
        return review;
    }

    public String getDescription() {
        return description;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public String getDoneBy() {
        return doneBy;
    }
}
