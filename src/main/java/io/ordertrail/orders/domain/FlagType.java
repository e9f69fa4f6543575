package io.ordertrail.orders.domain;

/**
 * Why an order needs a second look before it is recorded (SOP step 2, "cross-check order details with the
 * customer's previous records"). Any flag sends the order to a second person for the double-check.
 */
public enum FlagType {
    UNUSUAL_QUANTITY("Unusual quantity"),
    NEW_DELIVERY_ADDRESS("New delivery address"),
    NEW_PRODUCT("Product not ordered before"),
    LIKELY_DUPLICATE("Likely duplicate"),
    AGREED_PRICE("Agreed price"),
    HIGH_VALUE("High value");

    private final String label;

    FlagType(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
