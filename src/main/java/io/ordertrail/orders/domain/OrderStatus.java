package io.ordertrail.orders.domain;

import static java.util.Map.entry;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where an order stands in the SOP, and the only moves it may make. An order refuses any other move
 * ({@link Order#moveTo}).
 */
public enum OrderStatus {
    RECEIVED("Received"),
    VERIFIED("Verified"),
    AWAITING_APPROVAL("Awaiting double-check"),
    RECORDED("Recorded"),
    CONFIRMED("Confirmed"),
    IN_FULFILLMENT("In fulfillment"),
    DISPATCHED("Dispatched"),
    PICKED_UP("Picked up"),
    ON_HOLD("On hold"),
    CANCELLED("Cancelled");

    private static final Map<OrderStatus, Set<OrderStatus>> ALLOWED = Map.ofEntries(
            entry(RECEIVED, EnumSet.of(VERIFIED, ON_HOLD, CANCELLED)),
            entry(VERIFIED, EnumSet.of(AWAITING_APPROVAL, RECORDED, ON_HOLD, CANCELLED)),
            // an approved amendment returns the order to where it stood before the double-check
            entry(AWAITING_APPROVAL, EnumSet.of(RECORDED, CONFIRMED, IN_FULFILLMENT, ON_HOLD, CANCELLED)),
            // an amendment that raises a flag sends the order back for a double-check
            entry(RECORDED, EnumSet.of(CONFIRMED, AWAITING_APPROVAL, ON_HOLD, CANCELLED)),
            entry(CONFIRMED, EnumSet.of(IN_FULFILLMENT, AWAITING_APPROVAL, ON_HOLD, CANCELLED)),
            entry(IN_FULFILLMENT, EnumSet.of(DISPATCHED, PICKED_UP, AWAITING_APPROVAL, ON_HOLD, CANCELLED)),
            entry(
                    ON_HOLD,
                    EnumSet.of(RECEIVED, VERIFIED, AWAITING_APPROVAL, RECORDED, CONFIRMED, IN_FULFILLMENT, CANCELLED)),
            entry(DISPATCHED, EnumSet.noneOf(OrderStatus.class)),
            entry(PICKED_UP, EnumSet.noneOf(OrderStatus.class)),
            entry(CANCELLED, EnumSet.noneOf(OrderStatus.class)));

    private final String label;

    OrderStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** Whether an order here may still be amended or cancelled: not once it has left (SOP step 6). */
    public boolean isAmendable() {
        return this == AWAITING_APPROVAL
                || this == RECORDED
                || this == CONFIRMED
                || this == IN_FULFILLMENT
                || this == ON_HOLD;
    }

    /** Whether the order has left or was cancelled: it moves no more, so it waits for no one. */
    public boolean isFinal() {
        return ALLOWED.get(this).isEmpty();
    }

    /** The statuses an order may still move on from: where it can be stuck. */
    public static Set<OrderStatus> open() {
        EnumSet<OrderStatus> open = EnumSet.noneOf(OrderStatus.class);
        for (OrderStatus s : values()) {
            if (!s.isFinal()) {
                open.add(s);
            }
        }
        return open;
    }

    public boolean canMoveTo(OrderStatus next) {
        return ALLOWED.get(this).contains(next);
    }
}
