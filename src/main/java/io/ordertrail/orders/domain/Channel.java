package io.ordertrail.orders.domain;

/** The approved channels an order can come through (SOP step 1). */
public enum Channel {
    PHONE("Phone"),
    EMAIL("Email"),
    ONLINE("Online platform"),
    ERP("ERP system");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
