package io.ordertrail.orders.domain;

import static io.ordertrail.platform.InputRejected.checkLength;

import io.ordertrail.platform.InputRejected.Problem;
import io.ordertrail.platform.i18n.Phrase;
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
            problems.add(new Problem("channel", Phrase.of("draft.channel")));
        }
        if (isBlank(customerNumber)) {
            problems.add(new Problem("customer", Phrase.of("draft.customer")));
        }
        if (lines.isEmpty()) {
            problems.add(new Problem("lines", Phrase.of("draft.lines")));
        }
        for (int i = 0; i < lines.size(); i++) {
            DraftLine line = lines.get(i);
            String field = "lines[" + i + "]";
            if (isBlank(line.productCode())) {
                problems.add(new Problem(field + ".product", Phrase.of("draft.line.product", i + 1)));
            }
            if (line.quantity() == null || line.quantity() < 1) {
                problems.add(new Problem(field + ".quantity", Phrase.of("draft.line.quantity", i + 1)));
            } else if (line.quantity() > MAX_LINE_QUANTITY) {
                problems.add(new Problem(
                        field + ".quantity", Phrase.of("draft.line.quantityTooHigh", i + 1, MAX_LINE_QUANTITY)));
            }
            if (line.agreedPrice() != null) {
                if (line.agreedPrice().signum() <= 0
                        || line.agreedPrice().scale() > 2
                        || line.agreedPrice().precision() - line.agreedPrice().scale() > 10) {
                    problems.add(new Problem(field + ".agreedPrice", Phrase.of("draft.line.agreedPrice", i + 1)));
                }
                if (isBlank(line.priceReason())) {
                    problems.add(new Problem(field + ".priceReason", Phrase.of("draft.line.priceReason", i + 1)));
                }
            }
            checkLength(
                    problems,
                    field + ".priceReason",
                    Phrase.of("what.linePriceReason", i + 1),
                    line.priceReason(),
                    MAX_PRICE_REASON);
        }
        if (fulfillmentMethod == null) {
            problems.add(new Problem("fulfillmentMethod", Phrase.of("draft.fulfillmentMethod")));
        } else if (fulfillmentMethod == FulfillmentMethod.DELIVERY && isBlank(deliveryAddress)) {
            problems.add(new Problem("deliveryAddress", Phrase.of("draft.deliveryAddress")));
        } else if (fulfillmentMethod == FulfillmentMethod.PICKUP && isBlank(pickupLocation)) {
            problems.add(new Problem("pickupLocation", Phrase.of("draft.pickupLocation")));
        }
        if (channel == Channel.EMAIL && isBlank(sourceEmail)) {
            problems.add(new Problem("sourceEmail", Phrase.of("draft.sourceEmail")));
        }
        if (requestedDate != null && requestedDate.isBefore(today)) {
            problems.add(new Problem("requestedDate", Phrase.of("draft.requestedDate", requestedDate.toString())));
        }
        checkLength(problems, "deliveryAddress", Phrase.of("what.deliveryAddress"), deliveryAddress, MAX_ADDRESS);
        checkLength(problems, "instructions", Phrase.of("what.instructionsText"), instructions, MAX_INSTRUCTIONS);
        checkLength(
                problems,
                "purchaseOrderReference",
                Phrase.of("what.purchaseOrderReference"),
                purchaseOrderReference,
                MAX_REFERENCE);
        checkLength(problems, "sourceEmail", Phrase.of("what.pastedEmail"), sourceEmail, MAX_SOURCE_EMAIL);
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
