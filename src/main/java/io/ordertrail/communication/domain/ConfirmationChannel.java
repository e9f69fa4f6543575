package io.ordertrail.communication.domain;

/** How an order is confirmed to the customer. */
public enum ConfirmationChannel {
    EMAIL("Email"),
    CALL("Call"),
    MESSAGE("Message (SMS)");

    private final String label;

    ConfirmationChannel(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
