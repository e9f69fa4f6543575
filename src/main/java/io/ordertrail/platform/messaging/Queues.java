package io.ordertrail.platform.messaging;

/**
 * The broker's queues, named once. Constants, so that message-driven beans can name them in their activation
 * config; the broker's own settings for them are in {@code server-config/artemis/broker.xml}.
 */
public final class Queues {

    /**
     * A message property the relay sets: when the message was written to the outbox (epoch milliseconds), so that a
     * listener can tell how long the handover took from its commit to its receipt.
     */
    public static final String QUEUED_AT = "ordertrail_queued_at";

    /** Handovers to the inventory team (SOP step 7). */
    public static final String INVENTORY_HANDOVER = "ordertrail.inventory.handover";
    /** Handovers to the fulfillment team (SOP step 7). */
    public static final String FULFILLMENT_HANDOVER = "ordertrail.fulfillment.handover";
    /** UBL documents from the ERP systems. */
    public static final String ERP_ORDERS_IN = "erp.orders.in";
    /** Answers to the ERP systems, when a document names no JMSReplyTo (ORDERTRAIL_ERP_ANSWER_QUEUE overrides). */
    public static final String ERP_ORDERS_OUT = "erp.orders.out";
    /** Where the broker moves what could not be processed after its redeliveries, and where refusals go. */
    public static final String DEAD_LETTERS = "DLQ";
    /**
     * A topic, not a queue: "something changed" signals for the open pages ({@code PageSignals}), which every server
     * receives, to push to the pages open on it.
     */
    public static final String PAGE_SIGNALS = "ordertrail.page-signals";

    private Queues() {}
}
