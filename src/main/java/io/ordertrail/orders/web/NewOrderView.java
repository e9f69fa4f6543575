package io.ordertrail.orders.web;

import io.ordertrail.catalog.application.Catalog;
import io.ordertrail.catalog.domain.Product;
import io.ordertrail.customers.application.CustomerDirectory;
import io.ordertrail.customers.domain.Customer;
import io.ordertrail.inventory.application.StockQueries;
import io.ordertrail.orders.application.OrderIntake;
import io.ordertrail.orders.domain.Channel;
import io.ordertrail.orders.domain.FulfilmentMethod;
import io.ordertrail.orders.domain.OrderDraft;
import io.ordertrail.orders.domain.OrderRejected;
import io.ordertrail.platform.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The new-order screen: adapts what staff type to an {@link OrderDraft} and shows the service's verdict. */
@Named
@ViewScoped
public class NewOrderView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "orderForm";
    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)]\\.(\\w+)");
    /** Where customers can collect an order; the stock locations will come from inventory later. */
    private static final List<String> PICKUP_LOCATIONS = List.of("Main warehouse counter");

    @Inject
    OrderIntake intake;
    @Inject
    CustomerDirectory customerDirectory;
    @Inject
    Catalog catalog;
    @Inject
    StockQueries stock;

    private Channel channel = Channel.PHONE;
    private String customerNumber;
    private final List<LineRow> lines = new ArrayList<>();
    private FulfilmentMethod fulfilmentMethod = FulfilmentMethod.DELIVERY;
    private String deliveryAddress;
    private String pickupLocation;
    private String instructions;

    private List<Customer> customers;
    private List<Product> products;

    @PostConstruct
    void init() {
        customers = customerDirectory.search("");
        products = catalog.activeProducts();
        lines.add(new LineRow());
    }

    public void addLine() {
        lines.add(new LineRow());
    }

    public void removeLine(LineRow row) {
        lines.remove(row);
    }

    /** Checks the line's availability as it is typed (SOP step 2); nothing to say until product and quantity are there. */
    public void checkAvailability(LineRow row) {
        if (row.getProductCode() == null || row.getQuantity() == null || row.getQuantity() < 1) {
            row.availability = null;
            return;
        }
        row.availability = stock.availability(row.getProductCode(), row.getQuantity())
                .map(a -> new Availability(a.describe(), a.inStock()))
                .orElse(new Availability("No stock kept at the shipping location", false));
    }

    /** What the line's availability check said (a class with getters: records are not EL beans on Payara 6). */
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

    /** A delivery address starts as the customer's usual one; staff can change it. */
    public void customerChosen() {
        customers.stream().filter(c -> c.getCustomerNumber().equals(customerNumber)).findFirst()
                .ifPresent(c -> deliveryAddress = c.getDefaultDeliveryAddress());
    }

    public String record() {
        OrderDraft draft = new OrderDraft().channel(channel).customer(customerNumber).instructions(instructions);
        lines.forEach(row -> draft.line(row.getProductCode(), row.getQuantity()));
        if (fulfilmentMethod == FulfilmentMethod.PICKUP) {
            draft.pickup(pickupLocation);
        } else if (fulfilmentMethod == FulfilmentMethod.DELIVERY) {
            draft.delivery(deliveryAddress);
        }
        try {
            String orderNumber = intake.record(draft);
            Messages.info("Order " + orderNumber + " recorded and handed over to inventory and fulfillment.");
            return "/orders/order.xhtml?faces-redirect=true&number=" + orderNumber;
        } catch (OrderRejected rejected) {
            rejected.getProblems().forEach(p -> Messages.error(clientIdOf(p.field()), p.message()));
            return null;
        }
    }

    /** Which component a problem belongs next to. */
    static String clientIdOf(String field) {
        Matcher line = LINE_FIELD.matcher(field);
        if (line.matches()) {
            return FORM + ":lines:" + line.group(1) + ":" + line.group(2);
        }
        return FORM + ":" + field;
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public FulfilmentMethod[] getFulfilmentMethods() {
        return FulfilmentMethod.values();
    }

    public List<String> getPickupLocations() {
        return PICKUP_LOCATIONS;
    }

    public List<Customer> getCustomers() {
        return customers;
    }

    public List<Product> getProducts() {
        return products;
    }

    public List<LineRow> getLines() {
        return lines;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public String getCustomerNumber() {
        return customerNumber;
    }

    public void setCustomerNumber(String customerNumber) {
        this.customerNumber = customerNumber;
    }

    public FulfilmentMethod getFulfilmentMethod() {
        return fulfilmentMethod;
    }

    public void setFulfilmentMethod(FulfilmentMethod fulfilmentMethod) {
        this.fulfilmentMethod = fulfilmentMethod;
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

    /** One product line as it is being typed. */
    public static class LineRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String productCode;
        private Integer quantity = 1;
        private Availability availability;

        public Availability getAvailability() {
            return availability;
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
    }
}
