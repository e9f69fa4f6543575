package io.ordertrail.orders.domain;

import io.ordertrail.orders.domain.OrderRejected.Problem;

import java.util.ArrayList;
import java.util.List;

/**
 * An order as staff are entering it (SOP step 1, receiving): everything gathered so far, and the incompletion
 * check that lists exactly what is still missing before it can be recorded.
 */
public class OrderDraft {

    /** The largest quantity one line may carry; a larger figure is almost certainly a typing error. */
    public static final int MAX_LINE_QUANTITY = 100_000;

    private Channel channel;
    private String customerNumber;
    private final List<DraftLine> lines = new ArrayList<>();
    private FulfilmentMethod fulfilmentMethod;
    private String deliveryAddress;
    private String pickupLocation;
    private String instructions;

    public List<Problem> problems() {
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
                problems.add(new Problem(field + ".quantity", "Line " + (i + 1) + ": a quantity above "
                        + MAX_LINE_QUANTITY + " cannot be taken on one line; check the figure with the customer."));
            }
        }
        if (fulfilmentMethod == null) {
            problems.add(new Problem("fulfilmentMethod", "Choose delivery or pickup."));
        } else if (fulfilmentMethod == FulfilmentMethod.DELIVERY && isBlank(deliveryAddress)) {
            problems.add(new Problem("deliveryAddress", "Enter the delivery address."));
        } else if (fulfilmentMethod == FulfilmentMethod.PICKUP && isBlank(pickupLocation)) {
            problems.add(new Problem("pickupLocation", "Choose the pickup location."));
        }
        return problems;
    }

    public boolean isComplete() {
        return problems().isEmpty();
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
        lines.add(new DraftLine(productCode, quantity));
        return this;
    }

    public OrderDraft delivery(String address) {
        this.fulfilmentMethod = FulfilmentMethod.DELIVERY;
        this.deliveryAddress = address;
        this.pickupLocation = null;
        return this;
    }

    public OrderDraft pickup(String location) {
        this.fulfilmentMethod = FulfilmentMethod.PICKUP;
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

    public FulfilmentMethod getFulfilmentMethod() {
        return fulfilmentMethod;
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

    /** A product code and quantity as entered. */
    public record DraftLine(String productCode, Integer quantity) {
    }
}
