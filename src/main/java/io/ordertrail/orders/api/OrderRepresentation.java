package io.ordertrail.orders.api;

import io.ordertrail.handover.domain.HandoverReceipt;
import io.ordertrail.orders.domain.Order;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An order as the API returns it. */
@Schema(name = "Order")
public class OrderRepresentation {

    @Schema(example = "ORD-2026-000123")
    public String orderNumber;
    @Schema(description = "The order's version; amendments make new ones")
    public int version;
    public String channel;
    @Schema(description = "Where the order stands: RECORDED, CONFIRMED, ...")
    public String status;
    @Schema(description = "Inventory's check: UNCHECKED, CONFIRMED or SHORTAGE")
    public String availability;
    public String availabilityNote;
    public String customerNumber;
    public String deliveryAddress;
    public String pickupLocation;
    public String instructions;
    public Instant recordedAt;
    public BigDecimal total;
    public List<Line> lines;
    @Schema(description = "The teams that have received the order")
    public List<String> handedOverTo;
    @Schema(description = "Each team's receipt of the order, with when it arrived")
    public List<Handover> handovers;

    /** A team's receipt of a handover. */
    @Schema(name = "Handover")
    public static class Handover {
        public String team;
        public int version;
        public Instant receivedAt;
        public Instant acknowledgedAt;
    }

    /** One line as recorded, with its price from the price list. */
    @Schema(name = "OrderLine")
    public static class Line {
        public int lineNumber;
        public String productCode;
        public String productName;
        public int quantity;
        public BigDecimal unitPrice;
    }

    static OrderRepresentation of(Order order, List<HandoverReceipt> receipts) {
        OrderRepresentation r = new OrderRepresentation();
        r.orderNumber = order.getOrderNumber();
        r.version = order.getOrderVersion();
        r.channel = order.getChannel().name();
        r.status = order.getStatus().name();
        r.availability = order.getAvailability().name();
        r.availabilityNote = order.getAvailabilityNote();
        r.customerNumber = order.getCustomer().getCustomerNumber();
        r.deliveryAddress = order.getDeliveryAddress();
        r.pickupLocation = order.getPickupLocation();
        r.instructions = order.getInstructions();
        r.recordedAt = order.getRecordedAt();
        r.total = order.getTotal();
        r.lines = order.getLines().stream().map(l -> {
            Line line = new Line();
            line.lineNumber = l.getLineNumber();
            line.productCode = l.getProductCode();
            line.productName = l.getProductName();
            line.quantity = l.getQuantity();
            line.unitPrice = l.getUnitPrice();
            return line;
        }).toList();
        r.handedOverTo = receipts.stream().map(receipt -> receipt.getTeam().name()).sorted().toList();
        r.handovers = receipts.stream().map(receipt -> {
            Handover h = new Handover();
            h.team = receipt.getTeam().name();
            h.version = receipt.getOrderVersion();
            h.receivedAt = receipt.getReceivedAt();
            h.acknowledgedAt = receipt.getAcknowledgedAt();
            return h;
        }).toList();
        return r;
    }
}
