package io.ordertrail.orders.domain;

import static io.ordertrail.platform.InputRejected.checkLength;

import io.ordertrail.platform.InputRejected.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An order as staff are entering it (SOP step 1, receiving): everything gathered so far, and the incompletion
 * check that lists exactly what is still missing before it can be recorded.
 */
public class OrderDraft {

    /** The largest quantity one line may carry; a larger figure is almost certainly a typing error. */
    public static final int MAX_LINE_QUANTITY = 100_000;

    public static final int MAX_ADDRESS = 500;
    public static final int MAX_INSTRUCTIONS = 1000;
    public static final int MAX_REFERENCE = 40;
    public static final int MAX_PRICE_REASON = 200;
    /** A pasted email beyond this is not an order email but an attachment dump; ask for the relevant part. */
    public static final int MAX_SOURCE_EMAIL = 100_000;

    private Channel channel;
    private String customerNumber;
    private final List<DraftLine> lines = new ArrayList<>();
    private FulfillmentMethod fulfillmentMethod;
    private String deliveryAddress;
    private String pickupLocation;
    private String instructions;
    private LocalDate requestedDate;
    private String purchaseOrderReference;
    private String sourceEmail;

    /**
     * What is still missing or wrong in the draft as the new version of an order: as for a new order, except that a
     * requested date already on the order may have passed meanwhile; only a new one must lie ahead.
     */
    public List<Problem> problemsAsChangeOf(LocalDate requestedBefore, LocalDate today) {
        List<Problem> problems = new ArrayList<>(problems(today));
        if (Objects.equals(requestedDate, requestedBefore)) {
            problems.removeIf(p -> p.field().equals("requestedDate"));
        }
        return problems;
    }

    /** Everything still missing or wrong, each with its field and what to do; empty when the draft can be recorded. */
    public List<Problem> problems(LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (channel == null) {
            problems.add(new Problem("channel", "Choose the channel the order came through."));
        }
        if (isBlank(customerNumber)) {
            problems.add(new Problem("customer", "Choose the customer placing the order."));
        }
        if (lines.isEmpty()) {
            problems.add(new Problem("lines", "Add at least one product with a quantity."));
        }
        for (int i = 0; i < lines.size(); i++) {
            DraftLine line = lines.get(i);
            String field = "lines[" + i + "]";
            if (isBlank(line.productCode())) {
                problems.add(new Problem(field + ".product", "Line " + (i + 1) + ": choose a product."));
            }
            if (line.quantity() == null || line.quantity() < 1) {
                problems.add(new Problem(field + ".quantity", "Line " + (i + 1) + ": enter a quantity of at least 1."));
            } else if (line.quantity() > MAX_LINE_QUANTITY) {
                problems.add(new Problem(
                        field + ".quantity",
                        "Line " + (i + 1) + ": a quantity above " + MAX_LINE_QUANTITY
                                + " cannot be taken on one line; check the figure with the customer."));
            }
            if (line.agreedPrice() != null) {
                if (line.agreedPrice().signum() <= 0
                        || line.agreedPrice().scale() > 2
                        || line.agreedPrice().precision() - line.agreedPrice().scale() > 10) {
                    problems.add(
                            new Problem(
                                    field + ".agreedPrice",
                                    "Line " + (i + 1)
                                            + ": an agreed price must be above 0 with at most 2 decimals; leave it empty for the list price."));
                }
                if (isBlank(line.priceReason())) {
                    problems.add(new Problem(
                            field + ".priceReason",
                            "Line " + (i + 1) + ": say why this price was agreed (for example the quote number)."));
                }
            }
            checkLength(
                    problems,
                    field + ".priceReason",
                    "Line " + (i + 1) + ": the price reason",
                    line.priceReason(),
                    MAX_PRICE_REASON);
        }
        if (fulfillmentMethod == null) {
            problems.add(new Problem("fulfillmentMethod", "Choose delivery or pickup."));
        } else if (fulfillmentMethod == FulfillmentMethod.DELIVERY && isBlank(deliveryAddress)) {
            problems.add(new Problem("deliveryAddress", "Enter the delivery address."));
        } else if (fulfillmentMethod == FulfillmentMethod.PICKUP && isBlank(pickupLocation)) {
            problems.add(new Problem("pickupLocation", "Choose the pickup location."));
        }
        if (channel == Channel.EMAIL && isBlank(sourceEmail)) {
            problems.add(
                    new Problem("sourceEmail", "Paste the customer's email: it is kept with the order as its source."));
        }
        if (requestedDate != null && requestedDate.isBefore(today)) {
            problems.add(new Problem(
                    "requestedDate",
                    "The requested date " + requestedDate
                            + " is in the past; ask the customer for a date from today on."));
        }
        checkLength(problems, "deliveryAddress", "The delivery address", deliveryAddress, MAX_ADDRESS);
        checkLength(problems, "instructions", "The instructions text", instructions, MAX_INSTRUCTIONS);
        checkLength(
                problems,
                "purchaseOrderReference",
                "The purchase-order reference",
                purchaseOrderReference,
                MAX_REFERENCE);
        checkLength(problems, "sourceEmail", "The pasted email", sourceEmail, MAX_SOURCE_EMAIL);
        return problems;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public OrderDraft channel(Channel channel) {
        this.channel = channel;
        return this;
    }

    public OrderDraft customer(String customerNumber) {
        this.customerNumber = customerNumber;
        return this;
    }

    public OrderDraft line(String productCode, Integer quantity) {
        lines.add(new DraftLine(productCode, quantity, null, null));
        return this;
    }

    /** A line at a price agreed with the customer instead of the list price, with the reason it was agreed. */
    public OrderDraft line(String productCode, Integer quantity, BigDecimal agreedPrice, String priceReason) {
        lines.add(new DraftLine(productCode, quantity, agreedPrice, priceReason));
        return this;
    }

    public OrderDraft requestedDate(LocalDate requestedDate) {
        this.requestedDate = requestedDate;
        return this;
    }

    public OrderDraft purchaseOrderReference(String reference) {
        this.purchaseOrderReference = reference;
        return this;
    }

    /** The customer's email as received, kept with an email order as its source record. */
    public OrderDraft sourceEmail(String sourceEmail) {
        this.sourceEmail = sourceEmail;
        return this;
    }

    public LocalDate getRequestedDate() {
        return requestedDate;
    }

    public String getPurchaseOrderReference() {
        return purchaseOrderReference;
    }

    public String getSourceEmail() {
        return sourceEmail;
    }

    public OrderDraft delivery(String address) {
        this.fulfillmentMethod = FulfillmentMethod.DELIVERY;
        this.deliveryAddress = address;
        this.pickupLocation = null;
        return this;
    }

    public OrderDraft pickup(String location) {
        this.fulfillmentMethod = FulfillmentMethod.PICKUP;
        this.pickupLocation = location;
        this.deliveryAddress = null;
        return this;
    }

    public OrderDraft instructions(String instructions) {
        this.instructions = instructions;
        return this;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getCustomerNumber() {
        return customerNumber;
    }

    public List<DraftLine> getLines() {
        return List.copyOf(lines);
    }

    public FulfillmentMethod getFulfillmentMethod() {
        return fulfillmentMethod;
    }

    public String getDeliveryAddress() {
        return deliveryAddress;
    }

    public String getPickupLocation() {
        return pickupLocation;
    }

    public String getInstructions() {
        return instructions;
    }

    /** A product code and quantity as entered, and the agreed price with its reason when it is not the list price. */
    public record DraftLine(String productCode, Integer quantity, BigDecimal agreedPrice, String priceReason) {}
}
