package io.ordertrail.orders.domain;

/** Why an order was amended: the reason code every new version carries. */
public enum AmendmentReason {
    QUANTITY_CHANGE("Quantity change", false, AmendmentOrigin.CUSTOMER),
    PRODUCT_CHANGE("Products added, removed or swapped", false, AmendmentOrigin.CUSTOMER),
    DELIVERY_CHANGE("Delivery address, method or date", false, AmendmentOrigin.CUSTOMER),
    INSTRUCTIONS_CHANGE("Instructions", false, AmendmentOrigin.CUSTOMER),
    PRICE_CORRECTION("Price correction", false, AmendmentOrigin.OUR_ERROR),
    ENTRY_CORRECTION("Correction of an entry error", false, AmendmentOrigin.OUR_ERROR),
    CUSTOMER_CANCELLED("Customer cancelled", true, AmendmentOrigin.CUSTOMER),
    // the same order recorded twice is an error of the order desk
    DUPLICATE_ORDER("Duplicate order", true, AmendmentOrigin.OUR_ERROR),
    CANNOT_SUPPLY("We cannot supply it", true, AmendmentOrigin.OUR_SUPPLY);

    private final String label;
    private final boolean cancellation;
    private final AmendmentOrigin origin;

    AmendmentReason(String label, boolean cancellation, AmendmentOrigin origin) {
        this.label = label;
        this.cancellation = cancellation;
        this.origin = origin;
    }

    /** Whose doing it was: the customer's change or our own error (the review keeps them apart). */
    public AmendmentOrigin getOrigin() {
        return origin;
    }

    /** The reasons of that origin. */
    public static java.util.Set<AmendmentReason> of(AmendmentOrigin origin) {
        java.util.EnumSet<AmendmentReason> reasons = java.util.EnumSet.noneOf(AmendmentReason.class);
        for (AmendmentReason r : values()) {
            if (r.origin == origin) {
                reasons.add(r);
            }
        }
        return reasons;
    }

    public String getLabel() {
        return label;
    }

    /** Whether this reason ends the order rather than changing it. */
    public boolean isCancellation() {
        return cancellation;
    }
}
