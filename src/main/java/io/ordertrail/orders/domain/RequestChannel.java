package io.ordertrail.orders.domain;

/**
 * How a customer asked for a change to an order. Only the approved ones are accepted (SOP step 6); which those are
 * is configuration ({@code ordertrail.amendments.approved-channels}).
 */
public enum RequestChannel {
    PHONE("Phone"),
    EMAIL("Email"),
    ONLINE("Online platform"),
    ERP("ERP system"),
    TEXT_MESSAGE("Text message"),
    SOCIAL_MEDIA("Social media"),
    IN_PERSON("In person");

    private final String label;

    RequestChannel(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
