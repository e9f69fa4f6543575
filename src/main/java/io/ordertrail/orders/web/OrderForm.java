package io.ordertrail.orders.web;

import io.ordertrail.inventory.application.StockQueries;
import io.ordertrail.orders.domain.FulfillmentMethod;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderDraft;
import io.ordertrail.orders.domain.OrderLine;
import io.ordertrail.platform.i18n.Texts;
import io.ordertrail.platform.web.PageLanguage;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of an order staff type on the new-order and the amendment page: the product lines, delivery or pickup
 * and where, the requested date, the customer's reference and the instructions. Fills an {@link OrderDraft}.
 */
public class OrderForm implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Where customers can collect an order; the stock locations will come from inventory later. */
    private static final List<String> PICKUP_LOCATIONS = List.of("Main warehouse counter");

    private final List<LineRow> lines = new ArrayList<>();
    private FulfillmentMethod fulfillmentMethod = FulfillmentMethod.DELIVERY;
    private String deliveryAddress;
    private String pickupLocation;
    private String instructions;
    private String purchaseOrderReference;
    private LocalDate requestedDate;

    /** The form as the order's current version has it, for an amendment. */
    static OrderForm of(Order order) {
        OrderForm form = new OrderForm();
        for (OrderLine line : order.getLines()) {
            LineRow row = new LineRow();
            row.setProductCode(line.getProductCode());
            row.setQuantity(line.getQuantity());
            if (line.isAgreedPrice()) {
                row.setAgreedPrice(line.getUnitPrice());
                row.setPriceReason(line.getPriceReason());
            }
            form.lines.add(row);
        }
        form.fulfillmentMethod = order.getFulfillmentMethod();
        form.deliveryAddress = order.getDeliveryAddress();
        form.pickupLocation = order.getPickupLocation();
        form.instructions = order.getInstructions();
        form.purchaseOrderReference = order.getPurchaseOrderReference();
        form.requestedDate = order.getRequestedDate();
        return form;
    }

    /** Puts what was typed into the draft. */
    OrderDraft fill(OrderDraft draft) {
        draft.instructions(instructions)
                .purchaseOrderReference(purchaseOrderReference)
                .requestedDate(requestedDate);
        lines.forEach(
                row -> draft.line(row.getProductCode(), row.getQuantity(), row.getAgreedPrice(), row.getPriceReason()));
        if (fulfillmentMethod == FulfillmentMethod.PICKUP) {
            draft.pickup(pickupLocation);
        } else if (fulfillmentMethod == FulfillmentMethod.DELIVERY) {
            draft.delivery(deliveryAddress);
        }
        return draft;
    }

    public void addLine() {
        lines.add(new LineRow());
    }

    public void removeLine(LineRow row) {
        lines.remove(row);
    }

    public List<LineRow> getLines() {
        return lines;
    }

    public FulfillmentMethod[] getFulfillmentMethods() {
        return FulfillmentMethod.values();
    }

    public List<String> getPickupLocations() {
        return PICKUP_LOCATIONS;
    }

    public FulfillmentMethod getFulfillmentMethod() {
        return fulfillmentMethod;
    }

    public void setFulfillmentMethod(FulfillmentMethod fulfillmentMethod) {
        this.fulfillmentMethod = fulfillmentMethod;
    }

    public String getDeliveryAddress() {
        return deliveryAddress;
    }

    public void setDeliveryAddress(String deliveryAddress) {
        this.deliveryAddress = deliveryAddress;
    }

    public String getPickupLocation() {
        return pickupLocation;
    }

    public void setPickupLocation(String pickupLocation) {
        this.pickupLocation = pickupLocation;
    }

    public String getInstructions() {
        return instructions;
    }

    public void setInstructions(String instructions) {
        this.instructions = instructions;
    }

    public String getPurchaseOrderReference() {
        return purchaseOrderReference;
    }

    public void setPurchaseOrderReference(String purchaseOrderReference) {
        this.purchaseOrderReference = purchaseOrderReference;
    }

    public LocalDate getRequestedDate() {
        return requestedDate;
    }

    public void setRequestedDate(LocalDate requestedDate) {
        this.requestedDate = requestedDate;
    }

    /** What the line's availability check said. */
    public static final class Availability implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String text;
        private final boolean inStock;

        Availability(String text, boolean inStock) {
            this.text = text;
            this.inStock = inStock;
        }

        public String getText() {
            return text;
        }

        public boolean isInStock() {
            return inStock;
        }
    }

    /** One product line as it is being typed. */
    public static class LineRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String productCode;
        private Integer quantity = 1;
        private BigDecimal agreedPrice;
        private String priceReason;
        private Availability availability;

        public Availability getAvailability() {
            return availability;
        }

        void checkAvailability(StockQueries stock) {
            if (productCode == null || quantity == null || quantity < 1) {
                availability = null;
                return;
            }
            Texts t = PageLanguage.texts();
            availability = stock.availability(productCode, quantity)
                    .map(a -> new Availability(a.describe(t), a.inStock()))
                    .orElse(new Availability(t.get("availability.noStock"), false));
        }

        public String getProductCode() {
            return productCode;
        }

        public void setProductCode(String productCode) {
            this.productCode = productCode;
        }

        public Integer getQuantity() {
            return quantity;
        }

        public void setQuantity(Integer quantity) {
            this.quantity = quantity;
        }

        public BigDecimal getAgreedPrice() {
            return agreedPrice;
        }

        public void setAgreedPrice(BigDecimal agreedPrice) {
            this.agreedPrice = agreedPrice;
        }

        public String getPriceReason() {
            return priceReason;
        }

        public void setPriceReason(String priceReason) {
            this.priceReason = priceReason;
        }
    }
}
