package io.ordertrail.review.domain;

/**
 * The stages of an order's way through the SOP whose times the review sets side by side, each from one milestone
 * the order keeps to the next. Only the orders that reached the stage's end count in it.
 */
public enum Stage {
    /** Received until recorded: at once without flags, else until a second person's double-check. */
    RECEIVED_TO_RECORDED("Received → recorded"),
    /** The same wait, for the flagged orders only: how long a double-check took. */
    DOUBLE_CHECK("Received → double-checked (flagged orders)"),
    RECORDED_TO_CONFIRMED("Recorded → confirmed"),
    RECORDED_TO_ACKNOWLEDGED("Recorded → both teams acknowledged"),
    CONFIRMED_TO_LEFT("Confirmed → dispatched or picked up");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
