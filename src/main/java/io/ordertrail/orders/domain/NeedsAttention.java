package io.ordertrail.orders.domain;

/**
 * Orders that wait for someone on the order desk (issue 17): each is a filter of the order list and a count on the
 * home pages. A cancelled order needs no one here: its notice to the customer is on the page of confirmations.
 */
public enum NeedsAttention {
    /** Recorded and not yet confirmed to the customer (SOP step 4 is due). */
    AWAITING_CONFIRMATION("Awaiting confirmation"),
    /** Confirmed before, and amended or its promise moved since: the customer must hear of the current version. */
    AWAITING_RECONFIRMATION("Awaiting re-confirmation"),
    /** Inventory found a shortage on the current version: follow up with the customer. */
    SHORT("Short of stock"),
    /** A confirmation was given up on and none has reached the customer since. */
    CONFIRMATION_FAILED("Confirmation failed");

    private final String label;

    NeedsAttention(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
