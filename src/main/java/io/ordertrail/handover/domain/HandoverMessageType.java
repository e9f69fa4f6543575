package io.ordertrail.handover.domain;

import java.util.Arrays;

/** What a handover message tells a team; each is named in the document as its {@link #wireName()}. */
public enum HandoverMessageType {
    /** A new order, recorded. */
    ORDER_RECORDED("OrderRecorded"),
    /** A new version of an order: the teams adjust to it. */
    ORDER_AMENDED("OrderAmended"),
    /** A cancelled order: the teams release what they reserved and stop work on it. */
    ORDER_CANCELLED("OrderCancelled"),
    /** A confirmed order, for the fulfillment team to pick, pack and dispatch. */
    ORDER_CONFIRMED("OrderConfirmed"),
    /** A special request on the order was reviewed: fulfillment's copy of the requests follows. */
    SPECIAL_REQUEST_REVIEWED("SpecialRequestReviewed");

    private final String wireName;

    HandoverMessageType(String wireName) {
        this.wireName = wireName;
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
