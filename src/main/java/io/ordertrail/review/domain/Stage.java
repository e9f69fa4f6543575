package io.ordertrail.review.domain;

import io.ordertrail.orders.domain.OrderFact;

/**
 * The stages of an order's way through the SOP whose times the review sets side by side, each from one milestone
 * the order keeps to the next. Only the orders that reached the stage's end count in it.
 */
public enum Stage {
    /** Received until recorded: at once without flags, else until a second person's double-check. */
    RECEIVED_TO_RECORDED("Received → recorded", OrderFact.Kind.RECORDED),
    /** The same wait, for the flagged orders only: how long a double-check took. */
    DOUBLE_CHECK("Received → double-checked (flagged orders)", OrderFact.Kind.DOUBLE_CHECKED),
    RECORDED_TO_CONFIRMED("Recorded → confirmed", OrderFact.Kind.CONFIRMED),
    RECORDED_TO_ACKNOWLEDGED("Recorded → both teams acknowledged", OrderFact.Kind.ACKNOWLEDGED),
    CONFIRMED_TO_LEFT("Confirmed → dispatched or picked up", OrderFact.Kind.LEFT);

    private final String label;
    private final OrderFact.Kind reachedItsEnd;

    Stage(String label, OrderFact.Kind reachedItsEnd) {
        this.label = label;
        this.reachedItsEnd = reachedItsEnd;
    }

    /** The orders that count in the stage: those that reached its end. */
    public OrderFact reachedItsEnd() {
        return OrderFact.of(reachedItsEnd);
    }

    public String getLabel() {
        return label;
    }
}
