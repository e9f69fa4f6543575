package io.ordertrail.handover.domain;

/** The teams an order is handed over to (SOP section 3). */
public enum Team {
    INVENTORY("Inventory"),
    FULFILLMENT("Fulfillment");

    private final String label;

    Team(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
