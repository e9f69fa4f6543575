package io.ordertrail.orders.domain;

/** Whose doing an amendment was, for the review: the customer changed their mind, or we put right our own error. */
public enum AmendmentOrigin {
    CUSTOMER("The customer's change"),
    OUR_ERROR("Our error"),
    OUR_SUPPLY("We could not supply");

    private final String label;

    AmendmentOrigin(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
