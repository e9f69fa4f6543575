package io.ordertrail.fulfillment.domain;

import static java.util.Map.entry;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Where a fulfillment task stands, and the steps staff may take from there. */
public enum TaskStatus {
    TO_PICK("To pick"),
    PICKING("Picking"),
    PACKED("Packed"),
    DISPATCHED("Dispatched"),
    READY_FOR_PICKUP("Ready for pickup"),
    PICKED_UP("Picked up"),
    /** The order was cancelled before it left; nothing more to do. */
    CANCELLED("Cancelled");

    private static final Map<TaskStatus, Set<TaskStatus>> NEXT = Map.ofEntries(
            entry(TO_PICK, EnumSet.of(PICKING)),
            entry(PICKING, EnumSet.of(PACKED)),
            entry(PACKED, EnumSet.of(DISPATCHED, READY_FOR_PICKUP)),
            entry(READY_FOR_PICKUP, EnumSet.of(PICKED_UP)),
            entry(DISPATCHED, EnumSet.noneOf(TaskStatus.class)),
            entry(PICKED_UP, EnumSet.noneOf(TaskStatus.class)),
            entry(CANCELLED, EnumSet.noneOf(TaskStatus.class)));

    private final String label;

    TaskStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    public boolean canMoveTo(TaskStatus next) {
        return NEXT.get(this).contains(next);
    }

    public boolean isDone() {
        return this == DISPATCHED || this == PICKED_UP || this == CANCELLED;
    }
}
