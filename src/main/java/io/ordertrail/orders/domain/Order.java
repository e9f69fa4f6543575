package io.ordertrail.orders.domain;

import io.ordertrail.customers.domain.Customer;
import jakarta.persistence.CascadeType;
import io.ordertrail.platform.SequencedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A customer's order: the aggregate root of the orders capability. It is created complete or not at all
 * ({@link #record}), and it only moves between statuses the SOP allows ({@link #moveTo}), each move recorded with
 * who, when and why. {@code orderVersion} numbers the order's versions so amendments can add new ones.
 */
@Entity
@Table(name = "customer_order")
public class Order extends SequencedEntity {

    @Column(name = "order_number", nullable = false, unique = true, updatable = false)
    private String orderNumber;

    @Column(name = "order_version", nullable = false)
    private int orderVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderStatus status;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(name = "fulfilment_method", nullable = false)
    private FulfilmentMethod fulfilmentMethod;

    @Column(name = "delivery_address")
    private String deliveryAddress;

    @Column(name = "pickup_location")
    private String pickupLocation;

    private String instructions;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNumber")
    private List<OrderLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("changedAt")
    private List<StatusChange> statusChanges = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Availability availability = Availability.UNCHECKED;

    @Column(name = "availability_note")
    private String availabilityNote;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Order() {
    }

    /**
     * Records a complete order (SOP step 3). The draft must be complete and every product priced; the caller has
     * resolved the customer and the catalog prices.
     */
    public static Order record(String orderNumber, OrderDraft draft, Customer customer, List<PricedLine> pricedLines,
                               String recordedBy, Instant now) {
        List<OrderRejected.Problem> problems = draft.problems();
        if (!problems.isEmpty()) {
            throw new OrderRejected(problems);
        }
        if (pricedLines.size() != draft.getLines().size()) {
            throw new IllegalArgumentException("Every line of the draft needs a price");
        }
        Order order = new Order();
        order.orderNumber = Objects.requireNonNull(orderNumber);
        order.orderVersion = 1;
        order.channel = draft.getChannel();
        order.customer = Objects.requireNonNull(customer);
        order.fulfilmentMethod = draft.getFulfilmentMethod();
        order.deliveryAddress = trimToNull(draft.getDeliveryAddress());
        order.pickupLocation = trimToNull(draft.getPickupLocation());
        order.instructions = trimToNull(draft.getInstructions());
        order.recordedBy = Objects.requireNonNull(recordedBy);
        order.recordedAt = Objects.requireNonNull(now);
        int lineNumber = 1;
        for (PricedLine line : pricedLines) {
            order.lines.add(new OrderLine(order, lineNumber++, line.productCode(), line.productName(),
                    line.quantity(), line.unitPrice()));
        }
        order.status = OrderStatus.RECORDED;
        order.statusChanges.add(new StatusChange(order, null, OrderStatus.RECORDED, recordedBy, now,
                "Recorded from " + order.channel.getLabel().toLowerCase()));
        return order;
    }

    /** Moves the order to the next status, refusing any move the SOP does not allow. */
    public void moveTo(OrderStatus next, String by, Instant at, String reason) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("Order " + orderNumber + " cannot move from " + status.getLabel()
                    + " to " + next.getLabel());
        }
        statusChanges.add(new StatusChange(this, status, next, by, at, reason));
        status = next;
    }

    /**
     * Records what inventory found for a version of this order. An outcome for an older version than the current
     * one is ignored: a later version has been handed over and will be checked in its turn.
     *
     * @return whether the outcome applied to the current version
     */
    public boolean availabilityChecked(int version, boolean allReserved, List<String> lineOutcomes) {
        if (version != orderVersion) {
            return false;
        }
        availability = allReserved ? Availability.CONFIRMED : Availability.SHORTAGE;
        availabilityNote = String.join("; ", lineOutcomes);
        return true;
    }

    private static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public BigDecimal getTotal() {
        return lines.stream().map(OrderLine::getLineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public int getOrderVersion() {
        return orderVersion;
    }

    public Channel getChannel() {
        return channel;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public Customer getCustomer() {
        return customer;
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

    public Availability getAvailability() {
        return availability;
    }

    public String getAvailabilityNote() {
        return availabilityNote;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public List<OrderLine> getLines() {
        return List.copyOf(lines);
    }

    public List<StatusChange> getStatusChanges() {
        return List.copyOf(statusChanges);
    }

    /** A line of the draft with the product's name and list price looked up from the catalog. */
    public record PricedLine(String productCode, String productName, int quantity, BigDecimal unitPrice) {
    }
}
