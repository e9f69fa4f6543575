package io.ordertrail.orders.api;

import io.ordertrail.handover.domain.HandoverReceipt;
import io.ordertrail.orders.domain.Order;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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

    @Schema(description = "The customer's purchase-order reference")
    public String purchaseOrderReference;

    @Schema(description = "The date the customer asked for")
    public LocalDate requestedDate;

    @Schema(description = "The estimated delivery or pickup date; absent while none can be promised")
    public LocalDate estimatedDate;

    @Schema(
            description = "How the estimated date was reached",
            example =
                    "in stock; before the 14:00 cut-off, processing starts today; 1 working day processing + 2 working days transit")
    public String estimateExplanation;

    @Schema(
            description =
                    "Why the order needs a second person's double-check (status AWAITING_APPROVAL until approved)")
    public List<FlagRepresentation> flags;

    /** A reason for a second look at the order. */
    @Schema(name = "OrderFlag")
    public static class FlagRepresentation {
        @Schema(example = "NEW_DELIVERY_ADDRESS")
        public String type;

        public String reason;
    }

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
        r.orderNumber = order.getOrderNumber().value();
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
        r.purchaseOrderReference = order.getPurchaseOrderReference();
        r.requestedDate = order.getRequestedDate();
        r.estimatedDate = order.getEstimatedDate();
        r.estimateExplanation = order.getEstimateExplanation();
        r.flags = order.getFlags().stream()
                .map(f -> {
                    FlagRepresentation flag = new FlagRepresentation();
                    flag.type = f.getType().name();
                    flag.reason = f.getReason();
                    return flag;
                })
                .toList();
        r.total = order.getTotal();
        r.lines = order.getLines().stream()
                .map(l -> {
                    Line line = new Line();
                    line.lineNumber = l.getLineNumber();
                    line.productCode = l.getProductCode();
                    line.productName = l.getProductName();
                    line.quantity = l.getQuantity();
                    line.unitPrice = l.getUnitPrice();
                    return line;
                })
                .toList();
        r.handedOverTo = receipts.stream()
                .map(receipt -> receipt.getTeam().name())
                .distinct()
                .sorted()
                .toList();
        r.handovers = receipts.stream()
                .map(receipt -> {
                    Handover h = new Handover();
                    h.team = receipt.getTeam().name();
                    h.version = receipt.getOrderVersion();
                    h.receivedAt = receipt.getReceivedAt();
                    h.acknowledgedAt = receipt.getAcknowledgedAt();
                    return h;
                })
                .toList();
        return r;
    }
}
