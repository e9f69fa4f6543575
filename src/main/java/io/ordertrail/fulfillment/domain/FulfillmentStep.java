package io.ordertrail.fulfillment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.Instant;

/** One step a fulfillment task took: to which status, who, when, and what was noted (carrier and tracking). */
@Embeddable
public class FulfillmentStep implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private TaskStatus status;

    @Column(name = "taken_by", nullable = false)
    private String takenBy;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    @Column(name = "note")
    private String note;

    protected FulfillmentStep() {}

    FulfillmentStep(TaskStatus status, String takenBy, Instant takenAt, String note) {
        this.status = status;
        this.takenBy = takenBy;
        this.takenAt = takenAt;
        this.note = note;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public String getTakenBy() {
        return takenBy;
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    public String getNote() {
        return note;
    }
}
