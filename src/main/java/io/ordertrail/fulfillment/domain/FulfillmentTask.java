package io.ordertrail.fulfillment.domain;

import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.InputRejected.Problem;
import io.ordertrail.platform.SequencedEntity;
import io.ordertrail.platform.i18n.Phrase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The fulfillment team's work on one confirmed order: picking, packing, and then dispatch with the carrier and its
 * tracking reference, or readiness for pickup and the pickup. Each step is kept with who took it and when.
 */
@Entity
@Table(name = "fulfillment_task")
public class FulfillmentTask extends SequencedEntity {

    @Column(name = "order_number", nullable = false, unique = true, updatable = false)
    private String orderNumber;

    @Column(name = "order_version", nullable = false)
    private int orderVersion;

    @Column(name = "customer_name", nullable = false)
    private String customerName;

    @Column(nullable = false)
    private boolean pickup;

    @Column(name = "deliver_to")
    private String deliverTo;

    @Column(name = "instructions")
    private String instructions;

    @Column(name = "line_summary", nullable = false)
    private String lineSummary;

    /** The order's special requests with how each was addressed, one per line. */
    @Column(name = "special_requests")
    private String specialRequests;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TaskStatus status;

    private String carrier;

    @Column(name = "tracking_reference")
    private String trackingReference;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "fulfillment_step", joinColumns = @JoinColumn(name = "task_id"))
    @OrderColumn(name = "position")
    private List<FulfillmentStep> steps = new ArrayList<>();

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected FulfillmentTask() {}

    public FulfillmentTask(
            String orderNumber,
            int orderVersion,
            String customerName,
            boolean pickup,
            String deliverTo,
            String instructions,
            String lineSummary,
            Instant at) {
        this.orderNumber = Objects.requireNonNull(orderNumber);
        this.orderVersion = orderVersion;
        this.customerName = Objects.requireNonNull(customerName);
        this.pickup = pickup;
        this.deliverTo = deliverTo;
        this.instructions = instructions;
        this.lineSummary = Objects.requireNonNull(lineSummary);
        this.status = TaskStatus.TO_PICK;
        this.createdAt = at;
        this.steps.add(new FulfillmentStep(TaskStatus.TO_PICK, "system", at, "Confirmed order handed over"));
    }

    /**
     * The team always works from the order's current version: a later version replaces what the task says. An
     * earlier version than the task's (a late message) changes nothing.
     */
    public boolean revise(
            int version, boolean pickup, String deliverTo, String instructions, String lineSummary, Instant at) {
        if (version <= orderVersion || status.isDone()) {
            return false;
        }
        this.orderVersion = version;
        this.pickup = pickup;
        this.deliverTo = deliverTo;
        this.instructions = instructions;
        this.lineSummary = Objects.requireNonNull(lineSummary);
        steps.add(new FulfillmentStep(status, "system", at, "Order amended: now work from v" + version));
        return true;
    }

    /** The order was cancelled: work on it stops, unless it has already left. */
    public void cancel(int version, Instant at) {
        if (status.isDone()) {
            return;
        }
        this.orderVersion = Math.max(orderVersion, version);
        status = TaskStatus.CANCELLED;
        steps.add(new FulfillmentStep(
                TaskStatus.CANCELLED,
                "system",
                at,
                "Order cancelled in v" + version + ": put anything picked back to stock"));
    }

    public void specialRequestsAre(java.util.List<String> requests) {
        this.specialRequests = requests.isEmpty() ? null : String.join("\n", requests);
    }

    /** The special requests on one line, "a; b", for a list exported to a spreadsheet. */
    public String getSpecialRequestsText() {
        return String.join("; ", getSpecialRequests());
    }

    public java.util.List<String> getSpecialRequests() {
        return specialRequests == null ? java.util.List.of() : java.util.List.of(specialRequests.split("\n"));
    }

    /** The next step; a dispatch needs the carrier and its tracking reference, a pickup order is never dispatched. */
    public void advance(TaskStatus next, String by, Instant at, String carrier, String trackingReference) {
        List<Problem> problems = new ArrayList<>();
        if (!status.canMoveTo(next)) {
            problems.add(new Problem(
                    "status",
                    Phrase.of(
                            "problem.task.cannotGo",
                            String.valueOf(orderNumber),
                            Phrase.labelInSentence(status),
                            Phrase.labelInSentence(next))));
        } else if (pickup && next == TaskStatus.DISPATCHED) {
            problems.add(new Problem("status", Phrase.of("problem.task.pickup", String.valueOf(orderNumber))));
        } else if (!pickup && next == TaskStatus.READY_FOR_PICKUP) {
            problems.add(new Problem("status", Phrase.of("problem.task.delivered", String.valueOf(orderNumber))));
        }
        if (next == TaskStatus.DISPATCHED) {
            if (carrier == null || carrier.isBlank()) {
                problems.add(new Problem("carrier", Phrase.of("problem.carrier")));
            }
            if (trackingReference == null || trackingReference.isBlank()) {
                problems.add(new Problem("trackingReference", Phrase.of("problem.trackingReference")));
            }
            InputRejected.checkLength(problems, "carrier", Phrase.of("what.carrier"), carrier, 100);
            InputRejected.checkLength(
                    problems, "trackingReference", Phrase.of("what.trackingReference"), trackingReference, 100);
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        String note = null;
        if (next == TaskStatus.DISPATCHED) {
            this.carrier = carrier.trim();
            this.trackingReference = trackingReference.trim();
            note = "With " + this.carrier + ", tracking " + this.trackingReference;
        }
        status = next;
        steps.add(new FulfillmentStep(next, by, at, note));
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public int getOrderVersion() {
        return orderVersion;
    }

    public String getCustomerName() {
        return customerName;
    }

    public boolean isPickup() {
        return pickup;
    }

    public String getDeliverTo() {
        return deliverTo;
    }

    public String getInstructions() {
        return instructions;
    }

    public String getLineSummary() {
        return lineSummary;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public String getCarrier() {
        return carrier;
    }

    public String getTrackingReference() {
        return trackingReference;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<FulfillmentStep> getSteps() {
        return List.copyOf(steps);
    }

    /** The steps staff can take next, in the order they usually come. */
    public List<TaskStatus> getNextSteps() {
        return java.util.Arrays.stream(TaskStatus.values())
                .filter(s -> status.canMoveTo(s))
                .filter(s -> pickup ? s != TaskStatus.DISPATCHED : s != TaskStatus.READY_FOR_PICKUP)
                .toList();
    }
}
