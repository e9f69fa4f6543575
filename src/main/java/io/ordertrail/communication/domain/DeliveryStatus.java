package io.ordertrail.communication.domain;

/** Where a communication stands: waiting to go out (and retried), gone, given up on, or recorded by staff. */
public enum DeliveryStatus {
    PENDING("Pending"),
    SENT("Sent"),
    FAILED("Failed"),
    RECORDED("Recorded");

    private final String label;

    DeliveryStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
