package io.ordertrail.handover.domain;

import java.util.Arrays;

/** What a handover message tells a team; each is named in the document as its {@link #wireName()}. */
public enum HandoverMessageType {
    /** A new order, recorded. */
    ORDER_RECORDED("OrderRecorded", "New order"),
    /** A new version of an order: the teams adjust to it. */
    ORDER_AMENDED("OrderAmended", "Order amended"),
    /** A cancelled order: the teams release what they reserved and stop work on it. */
    ORDER_CANCELLED("OrderCancelled", "Order cancelled"),
    /** A confirmed order, for the fulfillment team to pick, pack and dispatch. */
    ORDER_CONFIRMED("OrderConfirmed", "Confirmed: to pick, pack and dispatch"),
    /** A special request on the order was reviewed: fulfillment's copy of the requests follows. */
    SPECIAL_REQUEST_REVIEWED("SpecialRequestReviewed", "Special request decided");

    private final String wireName;
    private final String label;

    HandoverMessageType(String wireName, String label) {
        this.wireName = wireName;
        this.label = label;
    }

    /** What the message tells the team, as the team reads it. */
    public String getLabel() {
        return label;
    }

    /** The name in the JSON document and in the message's type property. */
    public String wireName() {
        return wireName;
    }

    /**
     * The type a document names.
     *
     * @throws HandoverDocument.MalformedHandover when it names none this version knows
     */
    public static HandoverMessageType ofWireName(String name) {
        return Arrays.stream(values())
                .filter(t -> t.wireName.equals(name))
                .findFirst()
                .orElseThrow(
                        () -> new HandoverDocument.MalformedHandover("Unknown handover message type '" + name + "'"));
    }
}
