package io.ordertrail.orders.api;

import io.ordertrail.handover.domain.HandoverReceipt;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.TaxBreakdown;
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

    @Schema(
            description = "The net total, before VAT (kept under this name for clients written before VAT); equals"
                    + " netTotal")
    public BigDecimal total;

    @Schema(description = "The currency of every amount of the order, ISO 4217", example = "EUR")
    public String currency;

    @Schema(description = "How VAT applies: DOMESTIC, REVERSE_CHARGE or EXEMPT")
    public String vatTreatment;

    @Schema(description = "The lines' net amounts added up (EN 16931 BT-106)")
    public BigDecimal netTotal;

    @Schema(description = "The VAT of the order (EN 16931 BT-110)")
    public BigDecimal taxTotal;

    @Schema(description = "Net plus VAT: what the customer pays (EN 16931 BT-112)")
    public BigDecimal grossTotal;

    @Schema(description = "The VAT of each category and rate (EN 16931 BG-23)")
    public List<TaxSubtotal> taxSubtotals;

    public List<Line> lines;

    @Schema(name = "TaxSubtotal")
    public static class TaxSubtotal {
        @Schema(description = "UN/CEFACT 5305: S standard or reduced, Z zero, E exempt, K reverse charge")
        public String category;

        @Schema(example = "20")
        public BigDecimal ratePercent;

        public BigDecimal taxableAmount;
        public BigDecimal taxAmount;

        @Schema(description = "Why no VAT is charged, for E and K")
        public String exemptionReason;
    }

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

        @Schema(description = "The line's net amount: quantity times unit price, at the currency's scale")
        public BigDecimal netAmount;

        @Schema(
                description = "The line's VAT category (UN/CEFACT 5305) and rate: its product's tax category when"
                        + " taken, or K / E at 0 under reverse charge or exemption")
        public String vatCategory;

        public BigDecimal vatRate;
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
        TaxBreakdown amounts = order.getTaxBreakdown();
        r.total = amounts.net();
        r.currency = order.getCurrencyCode();
        r.vatTreatment = order.getVatTreatment().name();
        r.netTotal = amounts.net();
        r.taxTotal = amounts.tax();
        r.grossTotal = amounts.gross();
        r.taxSubtotals = amounts.subtotals().stream()
                .map(s -> {
                    TaxSubtotal t = new TaxSubtotal();
                    t.category = s.category();
                    t.ratePercent = s.ratePercent();
                    t.taxableAmount = s.taxable();
                    t.taxAmount = s.tax();
                    t.exemptionReason = s.reason();
                    return t;
                })
                .toList();
        r.lines = order.getLines().stream()
                .map(l -> {
                    Line line = new Line();
                    line.lineNumber = l.getLineNumber();
                    line.productCode = l.getProductCode();
                    line.productName = l.getProductName();
                    line.quantity = l.getQuantity();
                    line.unitPrice = l.getUnitPrice();
                    line.netAmount = l.getLineTotal()
                            .setScale(order.getCurrency().getDefaultFractionDigits(), java.math.RoundingMode.HALF_UP);
                    line.vatCategory = order.vatCategoryOf(l);
                    line.vatRate = order.vatRateOf(l);
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
