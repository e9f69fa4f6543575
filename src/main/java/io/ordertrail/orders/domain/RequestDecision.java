package io.ordertrail.orders.domain;

/** Where a special request's feasibility review stands. */
public enum RequestDecision {
    PENDING("Waiting for review"),
    ACCEPTED("Accepted"),
    ACCEPTED_WITH_CHANGE("Accepted with a change"),
    REJECTED("Rejected");

    private final String label;

    RequestDecision(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
