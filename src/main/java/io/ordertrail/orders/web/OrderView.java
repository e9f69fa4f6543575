package io.ordertrail.orders.web;

import io.ordertrail.handover.application.HandoverReceipts;
import io.ordertrail.handover.domain.HandoverReceipt;
import io.ordertrail.handover.domain.Team;
import io.ordertrail.orders.application.OrderQueries;
import io.ordertrail.orders.domain.Order;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** One order's page: what was recorded, its status history, and whether each team has received the handover. */
@Named
@ViewScoped
public class OrderView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrderQueries orderQueries;
    @Inject
    HandoverReceipts handoverReceipts;

    private String number;
    private Order order;
    private List<HandoverReceipt> receipts = List.of();

    /** Called once the view parameter is set, and by the page's poll until both teams have answered. */
    public void load() {
        order = orderQueries.byNumber(number).orElse(null);
        if (order != null) {
            receipts = handoverReceipts.forOrder(order.getOrderNumber());
        }
    }

    public Optional<HandoverReceipt> receiptOf(Team team) {
        return receipts.stream().filter(r -> r.getTeam() == team).findFirst();
    }

    public HandoverReceipt getInventoryReceipt() {
        return receiptOf(Team.INVENTORY).orElse(null);
    }

    public HandoverReceipt getFulfillmentReceipt() {
        return receiptOf(Team.FULFILLMENT).orElse(null);
    }

    public boolean isHandedOverToAll() {
        return getInventoryReceipt() != null && getFulfillmentReceipt() != null;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Order getOrder() {
        return order;
    }
}
