package io.ordertrail.orders.domain;

import io.ordertrail.platform.InputRejected;
import io.ordertrail.customers.domain.Customer;
import io.ordertrail.platform.SequencedEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
    @OrderBy("changedAt ASC, id ASC")
    private List<StatusChange> statusChanges = new ArrayList<>();

    @Column(name = "purchase_order_reference")
    private String purchaseOrderReference;

    @Column(name = "requested_date")
    private LocalDate requestedDate;

    @Column(name = "estimated_date")
    private LocalDate estimatedDate;

    @Column(name = "estimate_explanation")
    private String estimateExplanation;

    /** The customer's email as received, for an email order; loaded only when the order's page asks for it. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "source_email")
    private String sourceEmail;

    /** The order's value, kept with it so lists and reviews need not add up lines. */
    @Column(name = "total_amount", nullable = false)
    private BigDecimal totalAmount;

    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "order_flag", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "position")
    private List<Flag> flags = new ArrayList<>();

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    /** When the customer was first told the order is confirmed: the end of the time to confirm. */
    @Column(name = "confirmed_at")
    private Instant confirmedAt;

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
     * Receives, verifies and records a complete order (SOP steps 1 to 3). The draft must be complete and every line
     * priced; the caller has resolved the customer and verified the order. An order with any flag waits for a
     * second person ({@link #approve}); any other is recorded at once.
     */
    public static Order record(String orderNumber, OrderDraft draft, Customer customer, Verification verification,
                               String recordedBy, Instant now, LocalDate today) {
        List<InputRejected.Problem> problems = draft.problems(today);
        if (!problems.isEmpty()) {
            throw new OrderRejected(problems);
        }
        if (verification.lines().size() != draft.getLines().size()) {
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
        order.purchaseOrderReference = trimToNull(draft.getPurchaseOrderReference());
        order.requestedDate = draft.getRequestedDate();
        order.sourceEmail = trimToNull(draft.getSourceEmail());
        order.estimatedDate = verification.estimate().date();
        order.estimateExplanation = verification.estimate().explanation();
        order.flags.addAll(verification.flags());
        order.recordedBy = Objects.requireNonNull(recordedBy);
        order.recordedAt = Objects.requireNonNull(now);
        int lineNumber = 1;
        for (PricedLine line : verification.lines()) {
            order.lines.add(new OrderLine(order, lineNumber++, line));
        }
        order.totalAmount = verification.total();
        order.changeStatus(OrderStatus.RECEIVED, recordedBy, now, "Received by " + order.channel.getLabel().toLowerCase());
        order.changeStatus(OrderStatus.VERIFIED, recordedBy, now, verification.flags().isEmpty()
                ? "Verified: availability and prices checked, nothing to flag"
                : "Verified with " + verification.flags().size() + (verification.flags().size() == 1 ? " flag" : " flags"));
        if (verification.needsSecondPerson()) {
            order.changeStatus(OrderStatus.AWAITING_APPROVAL, recordedBy, now,
                    "Flagged, so a second person must double-check it before it is recorded");
        } else {
            order.changeStatus(OrderStatus.RECORDED, recordedBy, now, "Double-checked and recorded by " + recordedBy);
        }
        return order;
    }

    /**
     * The double-check by a second person (SOP step 3): records a flagged order. The person who entered the order
     * cannot approve it.
     */
    public void approve(String by, Instant at, String note) {
        if (status != OrderStatus.AWAITING_APPROVAL) {
            throw new OrderRejected(List.of(new InputRejected.Problem("status", "Order " + orderNumber + " is "
                    + status.getLabel().toLowerCase() + ", not awaiting a double-check; there is nothing to approve.")));
        }
        if (by.equals(recordedBy)) {
            throw new OrderRejected(List.of(new InputRejected.Problem("approval", "You entered order " + orderNumber
                    + ", so a second person must approve it: ask a manager.")));
        }
        approvedBy = by;
        approvedAt = at;
        changeStatus(OrderStatus.RECORDED, by, at, "Approved after the double-check"
                + (note == null || note.isBlank() ? "" : ": " + note.trim()));
    }

    /**
     * SOP step 4: a confirmation reached the customer. A recorded order becomes confirmed; a confirmation of an
     * order confirmed before (a re-confirmation) changes nothing but is on record with the communication.
     *
     * @return whether this confirmation made the order confirmed (so it goes to fulfillment now)
     */
    public boolean confirmed(String by, Instant at, String how) {
        checkConfirmable();
        boolean first = status == OrderStatus.RECORDED;
        if (first) {
            changeStatus(OrderStatus.CONFIRMED, by, at, "Confirmed to the customer " + how);
        }
        if (confirmedAt == null) {
            confirmedAt = at;
        }
        return first;
    }

    /** Refuses to confirm an order that is not recorded yet, or cancelled or finished. */
    public void checkConfirmable() {
        if (status != OrderStatus.RECORDED && status != OrderStatus.CONFIRMED && status != OrderStatus.IN_FULFILLMENT) {
            throw new OrderRejected(List.of(new InputRejected.Problem("status", "Order " + orderNumber + " is "
                    + status.getLabel().toLowerCase() + "; only a recorded order can be confirmed"
                    + (status == OrderStatus.AWAITING_APPROVAL ? ": it needs a manager's approval first." : "."))));
        }
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    private void changeStatus(OrderStatus next, String by, Instant at, String reason) {
        if (status != null && !status.canMoveTo(next)) {
            throw new IllegalStateException("Order " + orderNumber + " cannot move from " + status.getLabel()
                    + " to " + next.getLabel());
        }
        statusChanges.add(new StatusChange(this, status, next, by, at, reason));
        status = next;
    }

    /** Moves the order to the next status, refusing any move the SOP does not allow. */
    public void moveTo(OrderStatus next, String by, Instant at, String reason) {
        changeStatus(next, by, at, reason);
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
        return totalAmount;
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

    public boolean isAwaitingApproval() {
        return status == OrderStatus.AWAITING_APPROVAL;
    }

    public List<Flag> getFlags() {
        return List.copyOf(flags);
    }

    public String getPurchaseOrderReference() {
        return purchaseOrderReference;
    }

    public LocalDate getRequestedDate() {
        return requestedDate;
    }

    public LocalDate getEstimatedDate() {
        return estimatedDate;
    }

    public String getEstimateExplanation() {
        return estimateExplanation;
    }

    public String getSourceEmail() {
        return sourceEmail;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    /**
     * A line of the draft with the product's name and list price looked up from the catalog, and the price agreed
     * with the customer (with its reason) when it differs from the list price.
     */
    public record PricedLine(String productCode, String productName, int quantity, BigDecimal listPrice,
                             BigDecimal agreedPrice, String priceReason) {

        public static PricedLine atListPrice(String productCode, String productName, int quantity, BigDecimal listPrice) {
            return new PricedLine(productCode, productName, quantity, listPrice, null, null);
        }

        /** An agreed price equal to the list price is no agreement at all. */
        public PricedLine {
            if (agreedPrice != null && agreedPrice.compareTo(listPrice) == 0) {
                agreedPrice = null;
                priceReason = null;
            }
        }

        public boolean hasAgreedPrice() {
            return agreedPrice != null;
        }

        public BigDecimal unitPrice() {
            return agreedPrice != null ? agreedPrice : listPrice;
        }

        public BigDecimal lineTotal() {
            return unitPrice().multiply(BigDecimal.valueOf(quantity));
        }
    }
}
