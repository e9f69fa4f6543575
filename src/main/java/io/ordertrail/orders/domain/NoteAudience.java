package io.ordertrail.orders.domain;

/** Whom a note on an order is for: everyone who sees the order, or one team, which then finds it in its queue. */
public enum NoteAudience {
    EVERYONE("Everyone"),
    SALES("Sales"),
    INVENTORY("Inventory"),
    FULFILLMENT("Fulfillment"),
    MANAGER("Manager");

    private final String label;

    NoteAudience(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
