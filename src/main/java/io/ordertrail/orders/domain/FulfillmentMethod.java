package io.ordertrail.orders.domain;

/** Whether the customer wants the order delivered or will pick it up. */
public enum FulfillmentMethod {
    DELIVERY("Delivery"),
    PICKUP("Pickup");

    private final String label;

    FulfillmentMethod(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
