package io.ordertrail.orders.domain;

/** What inventory has found for the order's current version (SOP step 2, confirm product availability). */
public enum Availability {
    UNCHECKED("Waiting for inventory"),
    CONFIRMED("Confirmed: all lines reserved"),
    SHORTAGE("Shortage: follow up with the customer");

    private final String label;

    Availability(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
