package io.ordertrail.orders.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static java.util.Map.entry;

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
            entry(AWAITING_APPROVAL, EnumSet.of(RECORDED, ON_HOLD, CANCELLED)),
            entry(RECORDED, EnumSet.of(CONFIRMED, ON_HOLD, CANCELLED)),
            entry(CONFIRMED, EnumSet.of(IN_FULFILLMENT, ON_HOLD, CANCELLED)),
            entry(IN_FULFILLMENT, EnumSet.of(DISPATCHED, PICKED_UP, ON_HOLD, CANCELLED)),
            entry(ON_HOLD, EnumSet.of(RECEIVED, VERIFIED, RECORDED, CONFIRMED, IN_FULFILLMENT, CANCELLED)),
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

    public boolean canMoveTo(OrderStatus next) {
        return ALLOWED.get(this).contains(next);
    }
}
