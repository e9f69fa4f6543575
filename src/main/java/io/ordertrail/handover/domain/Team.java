package io.ordertrail.handover.domain;

/** The teams an order is handed over to (SOP section 3), each with its own queue. */
public enum Team {
    INVENTORY("Inventory", "ordertrail.inventory.handover"),
    FULFILLMENT("Fulfillment", "ordertrail.fulfillment.handover");

    private final String label;
    private final String queue;

    Team(String label, String queue) {
        this.label = label;
        this.queue = queue;
    }

    public String getLabel() {
        return label;
    }

    /** The physical queue on the broker that carries this team's handovers. */
    public String queue() {
        return queue;
    }
}
