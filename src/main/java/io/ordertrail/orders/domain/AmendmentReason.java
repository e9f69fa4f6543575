package io.ordertrail.orders.domain;

/** Why an order was amended: the reason code every new version carries. */
public enum AmendmentReason {
    QUANTITY_CHANGE("Quantity change", false),
    PRODUCT_CHANGE("Products added, removed or swapped", false),
    DELIVERY_CHANGE("Delivery address, method or date", false),
    INSTRUCTIONS_CHANGE("Instructions", false),
    PRICE_CORRECTION("Price correction", false),
    ENTRY_CORRECTION("Correction of an entry error", false),
    CUSTOMER_CANCELLED("Customer cancelled", true),
    DUPLICATE_ORDER("Duplicate order", true),
    CANNOT_SUPPLY("We cannot supply it", true);

    private final String label;
    private final boolean cancellation;

    AmendmentReason(String label, boolean cancellation) {
        this.label = label;
        this.cancellation = cancellation;
    }

    public String getLabel() {
        return label;
    }

    /** Whether this reason ends the order rather than changing it. */
    public boolean isCancellation() {
        return cancellation;
    }
}
