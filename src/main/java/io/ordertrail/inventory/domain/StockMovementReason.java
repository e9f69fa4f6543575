package io.ordertrail.inventory.domain;

/** Why the stock on hand changed outside an order: every count and adjustment names one. */
public enum StockMovementReason {
    CYCLE_COUNT("Cycle count"),
    RECEIVED("Goods received"),
    RETURNED("Customer return"),
    DAMAGED("Damaged"),
    LOST("Lost or stolen"),
    FOUND("Found"),
    CORRECTION("Correction of an earlier entry"),
    /** Set by the ADMIN's stock import, never chosen on the stock page. */
    IMPORT("Stock import");

    private final String label;

    StockMovementReason(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
