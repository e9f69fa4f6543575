package io.ordertrail.communication.domain;

/** What a communication with the customer was. */
public enum CommunicationKind {
    CONFIRMATION("Confirmation"),
    RECONFIRMATION("Re-confirmation"),
    CANCELLATION("Cancellation notice"),
    DISPATCH_NOTICE("Dispatch notice"),
    SOURCE_EMAIL("Customer's order email");

    private final String label;

    CommunicationKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
