package io.ordertrail.orders.domain;

import io.ordertrail.customers.domain.Customer;
import io.ordertrail.customers.domain.VatTreatment;
import io.ordertrail.handover.domain.Team;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.Money;
import io.ordertrail.platform.SequencedEntity;
import io.ordertrail.platform.i18n.Phrase;
import io.ordertrail.platform.i18n.Texts;
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
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

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
    private FulfillmentMethod fulfillmentMethod;

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

    /** The same explanation as a phrase, said in each reader's language; null on orders taken before it was kept. */
    @Column(name = "estimate_phrase")
    private String estimatePhrase;

    /** The customer's email as received, for an email order; loaded only when the order's page asks for it. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "source_email")
    private String sourceEmail;

    /** The order's value, kept with it so lists and reviews need not add up lines. */
    /** The net total: the lines' amounts added up, before VAT. */
    @Column(name = "total_amount", nullable = false)
    private BigDecimal totalAmount;

    /** The currency the order is priced in, the customer's when it was taken (V43). */
    @Column(nullable = false)
    private String currency = Money.BASE_CURRENCY;

    @Enumerated(EnumType.STRING)
    @Column(name = "vat_treatment", nullable = false)
    private VatTreatment vatTreatment = VatTreatment.DOMESTIC;

    @Enumerated(EnumType.STRING)
    @Column(name = "vat_rounding", nullable = false)
    private VatRounding vatRounding = VatRounding.PER_DOCUMENT;

    /** The VAT of the whole order, as its breakdown adds it up. */
    @Column(name = "tax_amount", nullable = false)
    private BigDecimal taxAmount = BigDecimal.ZERO;

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

    private static final int PHRASE_LENGTH = 4000;

    /** The same note as a phrase, said in each reader's language; null on orders checked before it was kept. */
    @Column(name = "availability_phrase", length = PHRASE_LENGTH)
    private String availabilityPhrase;

    /** The version last confirmed to the customer; behind {@link #orderVersion} until an amendment is re-confirmed. */
    @Column(name = "confirmed_version", nullable = false)
    private int confirmedVersion;

    /** Inventory moved or restored the promise after the customer's confirmation: sales confirms it again. */
    @Column(name = "promise_to_reconfirm", nullable = false)
    private boolean promiseToReconfirm;

    // The milestones of the order's way through the SOP, each kept the first time it is reached, for the review of
    // how long each stage took (SOP section 6). recordedAt is when the order was received.

    /** When the order was first recorded: at once, or when a second person approved its flags. */
    @Column(name = "first_recorded_at")
    private Instant firstRecordedAt;

    /** The delivery or pickup date first promised to the customer, to judge the promise by. */
    @Column(name = "first_promised_date")
    private LocalDate firstPromisedDate;

    /** When a second person approved the order's flags so it could be recorded; null for an order without. */
    @Column(name = "double_checked_at")
    private Instant doubleCheckedAt;

    @Column(name = "inventory_acknowledged_at")
    private Instant inventoryAcknowledgedAt;

    @Column(name = "fulfillment_acknowledged_at")
    private Instant fulfillmentAcknowledgedAt;

    /** When the goods were dispatched or ready for pickup: when the promise was kept or not. */
    @Column(name = "goods_ready_at")
    private Instant goodsReadyAt;

    /** When the order left: dispatched or picked up. */
    @Column(name = "left_at")
    private Instant leftAt;

    /** When the order came to its current status: how long it has stood at its stage. */
    @Column(name = "status_since", nullable = false)
    private Instant statusSince;

    /** When a confirmation to the customer was given up on, until one reaches them: sales must act. */
    @Column(name = "confirmation_failed_at")
    private Instant confirmationFailedAt;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("version ASC")
    private List<OrderVersion> versions = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("createdAt ASC, id ASC")
    private List<SpecialRequest> specialRequests = new ArrayList<>();

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Order() {}

    /**
     * Receives, verifies and records a complete order (SOP steps 1 to 3). The draft must be complete and every line
     * priced; the caller has resolved the customer and verified the order. An order with any flag waits for a
     * second person ({@link #approve}); any other is recorded at once.
     */
    public static Order record(
            OrderNumber orderNumber,
            OrderDraft draft,
            Customer customer,
            Verification verification,
            String recordedBy,
            Instant now,
            LocalDate today) {
        List<InputRejected.Problem> problems = draft.problems(today);
        if (!problems.isEmpty()) {
            throw new OrderRejected(problems);
        }
        if (verification.lines().size() != draft.getLines().size()) {
            throw new IllegalArgumentException("Every line of the draft needs a price");
        }
        Order order = new Order();
        order.orderNumber = orderNumber.value();
        order.orderVersion = 1;
        order.channel = draft.getChannel();
        order.customer = Objects.requireNonNull(customer);
        order.fulfillmentMethod = draft.getFulfillmentMethod();
        order.deliveryAddress = trimToNull(draft.getDeliveryAddress());
        order.pickupLocation = trimToNull(draft.getPickupLocation());
        order.instructions = trimToNull(draft.getInstructions());
        order.purchaseOrderReference = trimToNull(draft.getPurchaseOrderReference());
        order.requestedDate = draft.getRequestedDate();
        order.sourceEmail = trimToNull(draft.getSourceEmail());
        order.estimatedDate = verification.estimate().date();
        order.explain(verification.estimate());
        order.firstPromisedDate = order.estimatedDate;
        order.flags.addAll(verification.flags());
        order.recordedBy = Objects.requireNonNull(recordedBy);
        order.recordedAt = Objects.requireNonNull(now);
        int lineNumber = 1;
        for (PricedLine line : verification.lines()) {
            order.lines.add(new OrderLine(order, lineNumber++, line));
        }
        order.price(verification);
        order.changeStatus(
                OrderStatus.RECEIVED, recordedBy, now, Phrase.of("timeline.received." + order.channel.name()));
        order.changeStatus(
                OrderStatus.VERIFIED,
                recordedBy,
                now,
                verification.flags().isEmpty()
                        ? Phrase.of("timeline.verified")
                        : Phrase.of(
                                "timeline.verifiedWithFlags",
                                verification.flags().size()));
        if (verification.needsSecondPerson()) {
            order.changeStatus(OrderStatus.AWAITING_APPROVAL, recordedBy, now, Phrase.of("timeline.flagged"));
        } else {
            order.changeStatus(OrderStatus.RECORDED, recordedBy, now, Phrase.of("timeline.recordedBy", recordedBy));
        }
        order.versions.add(OrderVersion.original(order, recordedBy, now, OrderContent.of(order)));
        return order;
    }

    /**
     * SOP step 6: changes the order as the customer asked, making a new version with its reason and the customer's
     * verified request. The caller has verified the changed order again ({@code verification}); a flag sends it back
     * for a second person's double-check. Refused when the order has left (dispatched, picked up) or is cancelled,
     * when the request is incomplete or came through a channel that is not approved, when nothing changes, and when
     * someone else amended the order since {@code expectedVersion} was read.
     *
     * @return the new version
     */
    public OrderVersion amend(
            int expectedVersion,
            AmendmentRequest request,
            Set<RequestChannel> approvedChannels,
            OrderDraft changed,
            Verification verification,
            String by,
            Instant now,
            LocalDate today) {
        checkAmendable(expectedVersion);
        List<InputRejected.Problem> problems = new ArrayList<>(request.problems(approvedChannels, false));
        problems.addAll(changed.problemsAsChangeOf(requestedDate, today));
        if (!problems.isEmpty()) {
            throw new OrderRejected(problems);
        }
        if (verification.lines().size() != changed.getLines().size()) {
            throw new IllegalArgumentException("Every line of the amended order needs a price");
        }
        OrderContent before = OrderContent.of(this);
        ensureFirstVersionIsKept(before);
        fulfillmentMethod = changed.getFulfillmentMethod();
        deliveryAddress =
                fulfillmentMethod == FulfillmentMethod.DELIVERY ? trimToNull(changed.getDeliveryAddress()) : null;
        pickupLocation = fulfillmentMethod == FulfillmentMethod.PICKUP ? trimToNull(changed.getPickupLocation()) : null;
        instructions = trimToNull(changed.getInstructions());
        purchaseOrderReference = trimToNull(changed.getPurchaseOrderReference());
        requestedDate = changed.getRequestedDate();
        List<PricedLine> priced = verification.lines();
        for (int i = 0; i < priced.size(); i++) {
            if (i < lines.size()) {
                lines.get(i).revise(priced.get(i));
            } else {
                lines.add(new OrderLine(this, i + 1, priced.get(i)));
            }
        }
        while (lines.size() > priced.size()) {
            lines.remove(lines.size() - 1);
        }
        OrderContent unchangedEstimate = OrderContent.of(this);
        if (unchangedEstimate.sameOrderAs(before)) {
            throw new OrderRejected(List.of(new InputRejected.Problem(
                    "lines", Phrase.of("problem.order.nothingChanged", String.valueOf(orderVersion)))));
        }
        estimatedDate = verification.estimate().date();
        explain(verification.estimate());
        price(verification);
        flags.clear();
        flags.addAll(verification.flags());
        orderVersion++;
        OrderContent after = OrderContent.of(this);
        List<String> changes = after.changesFrom(before);
        Phrase why =
                Phrase.of("timeline.amended", orderVersion, Phrase.labelInSentence(request.reason()), request.said());
        if (verification.needsSecondPerson()) {
            approvedBy = null;
            approvedAt = null;
            Phrase flagged = Phrase.of("timeline.amended.flagged", why);
            if (status == OrderStatus.AWAITING_APPROVAL) {
                noteOnStatus("timeline.title.amended", by, now, flagged);
            } else {
                changeStatus(OrderStatus.AWAITING_APPROVAL, by, now, flagged);
            }
        } else {
            noteOnStatus("timeline.title.amended", by, now, Phrase.of("timeline.amended.reconfirm", why));
        }
        OrderVersion version = OrderVersion.amended(this, request, by, now, after, changes);
        versions.add(version);
        return version;
    }

    /**
     * An amendment whose changed order did not pass its verification again: refused with what is wrong in the
     * customer's request too, so that the person sees every problem at once. Nothing is changed.
     */
    public OrderRejected refusalOfAmendment(
            AmendmentRequest request, Set<RequestChannel> approvedChannels, OrderRejected verificationRefused) {
        List<InputRejected.Problem> problems = new ArrayList<>(request.problems(approvedChannels, false));
        problems.addAll(verificationRefused.getProblems());
        return new OrderRejected(problems);
    }

    /**
     * SOP step 6: a cancellation is an amendment with a reason. It makes a last version, marked cancelled; the
     * teams release what they reserved when it is handed over.
     */
    public OrderVersion cancel(
            int expectedVersion,
            AmendmentRequest request,
            Set<RequestChannel> approvedChannels,
            String by,
            Instant now) {
        checkAmendable(expectedVersion);
        List<InputRejected.Problem> problems = request.problems(approvedChannels, true);
        if (!problems.isEmpty()) {
            throw new OrderRejected(problems);
        }
        OrderContent before = OrderContent.of(this);
        ensureFirstVersionIsKept(before);
        orderVersion++;
        changeStatus(
                OrderStatus.CANCELLED,
                by,
                now,
                Phrase.of(
                        "timeline.cancelled", orderVersion, Phrase.labelInSentence(request.reason()), request.said()));
        OrderContent after = OrderContent.of(this);
        OrderVersion version = OrderVersion.amended(this, request, by, now, after, after.changesFrom(before));
        versions.add(version);
        return version;
    }

    /** Why the order cannot be amended at all (it has left, or is cancelled), with what to do instead; or nothing. */
    public java.util.Optional<Phrase> whyNotAmendable() {
        if (status.isAmendable()) {
            return java.util.Optional.empty();
        }
        String when = statusChanges.isEmpty()
                ? ""
                : statusChanges
                        .get(statusChanges.size() - 1)
                        .getChangedAt()
                        .toString()
                        .substring(0, 10);
        return java.util.Optional.of(
                switch (status) {
                    case DISPATCHED -> Phrase.of("amend.not.dispatched", orderNumber, when);
                    case PICKED_UP -> Phrase.of("amend.not.pickedUp", orderNumber, when);
                    case CANCELLED -> Phrase.of("amend.not.cancelled", orderNumber, when);
                    default -> Phrase.of("amend.not.yet", orderNumber, Phrase.label(status));
                });
    }

    /**
     * Refuses a change of an order that has left or is cancelled, or one made from an older version than the
     * current one.
     */
    public void checkAmendable(int expectedVersion) {
        whyNotAmendable().ifPresent(why -> {
            throw new OrderRejected(List.of(new InputRejected.Problem("status", why)));
        });
        if (expectedVersion != orderVersion) {
            OrderVersion latest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
            throw new AmendmentConflict(
                    getOrderNumber(),
                    expectedVersion,
                    orderVersion,
                    latest == null ? "someone else" : latest.getCreatedBy());
        }
    }

    /** Orders recorded before versions were kept get their first version written before the first amendment. */
    private void ensureFirstVersionIsKept(OrderContent current) {
        if (versions.isEmpty()) {
            versions.add(OrderVersion.original(this, recordedBy, recordedAt, current));
        }
    }

    private void explain(DeliveryEstimate estimate) {
        estimateExplanation = estimate.explanation();
        estimatePhrase = estimate.why().toJson();
    }

    /** An entry in the status history that changes no status, such as an amendment that raised no flag. */
    private void noteOnStatus(String title, String by, Instant at, String reason) {
        statusChanges.add(StatusChange.note(this, status, title, by, at, reason));
    }

    /** The same, the title a bundle key and the reason a phrase, both said in each reader's language. */
    private void noteOnStatus(String titleKey, String by, Instant at, Phrase reason) {
        statusChanges.add(StatusChange.note(this, status, titleKey, by, at, reason));
    }

    /**
     * SOP step 5: takes a customer's special request on the order or one of its lines, for the team it concerns to
     * review within {@code timeToReview}.
     */
    public SpecialRequest addSpecialRequest(
            Integer lineNumber,
            SpecialRequestType type,
            String details,
            io.ordertrail.handover.domain.Team team,
            String by,
            Instant at,
            java.time.Duration timeToReview) {
        if (!status.isAmendable()) {
            throw new OrderRejected(List.of(new InputRejected.Problem(
                    "status",
                    Phrase.of(
                            "problem.order.noMoreRequests",
                            String.valueOf(orderNumber),
                            Phrase.labelInSentence(status)))));
        }
        List<InputRejected.Problem> problems = SpecialRequest.problems(type, details, lineNumber, lines.size());
        if (!problems.isEmpty()) {
            throw new OrderRejected(problems);
        }
        SpecialRequest request = new SpecialRequest(
                this, lineNumber, type, details, team == null ? type.getTeam() : team, by, at, timeToReview);
        specialRequests.add(request);
        return request;
    }

    public List<SpecialRequest> getSpecialRequests() {
        return List.copyOf(specialRequests);
    }

    public List<OrderVersion> getVersions() {
        return List.copyOf(versions);
    }

    /** Whether the customer has not yet been told of the current version (an amendment awaits re-confirmation). */
    public boolean isAwaitingReconfirmation() {
        return confirmedAt != null
                && (confirmedVersion < orderVersion || promiseToReconfirm)
                && status != OrderStatus.CANCELLED;
    }

    /** What changed since the version last confirmed to the customer, for the re-confirmation. */
    public List<String> changesSinceConfirmed(Texts texts) {
        if (confirmedVersion < 1 || confirmedVersion >= orderVersion || versions.isEmpty()) {
            return List.of();
        }
        OrderContent confirmed = versions.stream()
                .filter(v -> v.getVersion() == confirmedVersion)
                .findFirst()
                .map(OrderVersion::getContent)
                .orElse(null);
        return confirmed == null ? List.of() : OrderContent.of(this).changesFrom(confirmed, texts);
    }

    public int getConfirmedVersion() {
        return confirmedVersion;
    }

    /**
     * The order follows its fulfillment. A step is refused while an amendment waits for its double-check: the
     * team must work from the approved version.
     */
    public void fulfillmentReached(OrderStatus next, String by, Instant at, Phrase why) {
        if (status == OrderStatus.AWAITING_APPROVAL) {
            throw new OrderRejected(List.of(new InputRejected.Problem(
                    "status", Phrase.of("problem.order.waitsForDoubleCheck", String.valueOf(orderNumber)))));
        }
        if (status != next) {
            changeStatus(next, by, at, why);
        }
    }

    /**
     * The double-check by a second person (SOP step 3): records a flagged order. Neither the person who entered the
     * order nor the one who made the amendment awaiting the double-check can approve it.
     */
    public void approve(String by, Instant at, String note) {
        if (status != OrderStatus.AWAITING_APPROVAL) {
            throw new OrderRejected(List.of(new InputRejected.Problem(
                    "status",
                    Phrase.of(
                            "problem.order.nothingToApprove",
                            String.valueOf(orderNumber),
                            Phrase.labelInSentence(status)))));
        }
        if (by.equals(recordedBy)) {
            throw new OrderRejected(List.of(new InputRejected.Problem(
                    "approval", Phrase.of("problem.order.ownEntry", String.valueOf(orderNumber)))));
        }
        if (by.equals(amendedBy())) {
            throw new OrderRejected(List.of(new InputRejected.Problem(
                    "approval",
                    Phrase.of(
                            "problem.order.ownAmendment", String.valueOf(orderNumber), String.valueOf(orderVersion)))));
        }
        approvedBy = by;
        approvedAt = at;
        Phrase approved = orderVersion > 1
                ? Phrase.of("timeline.amendmentApproved", orderVersion)
                : Phrase.of("timeline.approved");
        changeStatus(
                statusBeforeDoubleCheck(),
                by,
                at,
                note == null || note.isBlank()
                        ? approved
                        : Phrase.of("timeline.approvedWithNote", approved, note.trim()));
    }

    /** Whether this person may do the double-check: neither who entered the order nor who made the amendment. */
    public boolean mayBeApprovedBy(String user) {
        return user != null && !user.equals(recordedBy) && !user.equals(amendedBy());
    }

    /** Who made the version the order is at, when that is an amendment; null for the order as recorded. */
    private String amendedBy() {
        return orderVersion > 1 && !versions.isEmpty()
                ? versions.get(versions.size() - 1).getCreatedBy()
                : null;
    }

    /** Where an amended order stood before its amendment needed a double-check; a new order is then recorded. */
    private OrderStatus statusBeforeDoubleCheck() {
        for (int i = statusChanges.size() - 1; i >= 0; i--) {
            StatusChange change = statusChanges.get(i);
            if (change.getTo() == OrderStatus.AWAITING_APPROVAL
                    && change.getFrom() != null
                    && change.getFrom() != change.getTo()) {
                OrderStatus from = change.getFrom();
                return from == OrderStatus.CONFIRMED || from == OrderStatus.IN_FULFILLMENT
                        ? from
                        : OrderStatus.RECORDED;
            }
        }
        return OrderStatus.RECORDED;
    }

    /**
     * SOP step 4: a confirmation of {@code version} reached the customer. A recorded order becomes confirmed; a
     * confirmation of an order confirmed before (a re-confirmation of an amendment) changes no status but brings
     * the customer up to that version; so does the notice of a cancellation.
     *
     * @return whether this confirmation made the order confirmed (so it goes to fulfillment now)
     */
    public boolean confirmed(int version, String by, Instant at, Phrase how) {
        checkConfirmable(version);
        confirmedVersion = Math.max(confirmedVersion, version);
        if (version == orderVersion) {
            promiseToReconfirm = false; // the customer has the promise as it stands
        }
        if (status == OrderStatus.CANCELLED) {
            return false;
        }
        boolean first = status == OrderStatus.RECORDED;
        if (first) {
            changeStatus(OrderStatus.CONFIRMED, by, at, how);
        }
        if (confirmedAt == null) {
            confirmedAt = at;
        }
        confirmationFailedAt = null;
        return first;
    }

    /**
     * A confirmation to the customer was given up on: the order needs sales until a confirmation reaches the
     * customer ({@link #confirmed}). A failed notice of a cancellation is no failed confirmation.
     */
    public void confirmationFailed(Instant at) {
        if (status != OrderStatus.CANCELLED && confirmationFailedAt == null) {
            confirmationFailedAt = at;
        }
    }

    /** The goods were dispatched or are ready for pickup: the first time stands. */
    public void goodsReady(Instant at) {
        if (goodsReadyAt == null) {
            goodsReadyAt = at;
        }
    }

    /** A team acknowledged a handover of this order: the first acknowledgement of each team stands. */
    public void handoverAcknowledged(Team team, Instant at) {
        if (team == Team.INVENTORY && inventoryAcknowledgedAt == null) {
            inventoryAcknowledgedAt = at;
        } else if (team == Team.FULFILLMENT && fulfillmentAcknowledgedAt == null) {
            fulfillmentAcknowledgedAt = at;
        }
    }

    public Instant getDoubleCheckedAt() {
        return doubleCheckedAt;
    }

    public Instant getFirstRecordedAt() {
        return firstRecordedAt;
    }

    public LocalDate getFirstPromisedDate() {
        return firstPromisedDate;
    }

    /** When both teams had acknowledged a handover of the order; null until both have. */
    public Instant getTeamsAcknowledgedAt() {
        if (inventoryAcknowledgedAt == null || fulfillmentAcknowledgedAt == null) {
            return null;
        }
        return inventoryAcknowledgedAt.isAfter(fulfillmentAcknowledgedAt)
                ? inventoryAcknowledgedAt
                : fulfillmentAcknowledgedAt;
    }

    public Instant getGoodsReadyAt() {
        return goodsReadyAt;
    }

    public Instant getLeftAt() {
        return leftAt;
    }

    public Instant getConfirmationFailedAt() {
        return confirmationFailedAt;
    }

    public Instant getStatusSince() {
        return statusSince;
    }

    /**
     * Refuses to confirm an order that is not recorded yet or has been finished; a cancelled order can only be
     * confirmed as cancelled, once.
     */
    public void checkConfirmable() {
        if (status == OrderStatus.CANCELLED && confirmedVersion < orderVersion) {
            return; // the customer is told of the cancellation
        }
        if (status != OrderStatus.RECORDED && status != OrderStatus.CONFIRMED && status != OrderStatus.IN_FULFILLMENT) {
            throw new OrderRejected(List.of(new InputRejected.Problem(
                    "status",
                    Phrase.of(
                            status == OrderStatus.CANCELLED
                                    ? "problem.order.cancelledAndTold"
                                    : status == OrderStatus.AWAITING_APPROVAL
                                            ? "problem.order.confirmAfterApproval"
                                            : "problem.order.confirmOnlyRecorded",
                            String.valueOf(orderNumber),
                            Phrase.labelInSentence(status)))));
        }
    }

    /**
     * As {@link #checkConfirmable()}, for a confirmation written for {@code version}: one written before the order
     * was amended again (or cancelled) is out of date and must not reach the customer.
     */
    public void checkConfirmable(int version) {
        checkConfirmable();
        if (version < orderVersion) {
            throw new OrderRejected(List.of(new InputRejected.Problem(
                    "version",
                    Phrase.of(
                            "problem.order.confirmationOutdated",
                            String.valueOf(orderNumber),
                            String.valueOf(orderVersion),
                            String.valueOf(version)))));
        }
    }

    public boolean isCancelled() {
        return status == OrderStatus.CANCELLED;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    private void changeStatus(OrderStatus next, String by, Instant at, String reason) {
        checkMove(next);
        statusChanges.add(new StatusChange(this, status, next, by, at, reason));
        moved(next, at);
    }

    /** The move with its reason as a phrase, which each reader reads in their own language. */
    private void changeStatus(OrderStatus next, String by, Instant at, Phrase reason) {
        checkMove(next);
        statusChanges.add(new StatusChange(this, status, next, by, at, reason));
        moved(next, at);
    }

    private void checkMove(OrderStatus next) {
        if (status != null && !status.canMoveTo(next)) {
            throw new IllegalStateException(
                    "Order " + orderNumber + " cannot move from " + status.getLabel() + " to " + next.getLabel());
        }
    }

    private void moved(OrderStatus next, Instant at) {
        if (next == OrderStatus.RECORDED && firstRecordedAt == null) {
            firstRecordedAt = at;
            if (status == OrderStatus.AWAITING_APPROVAL) {
                doubleCheckedAt = at;
            }
        }
        status = next;
        statusSince = at;
        if (next == OrderStatus.DISPATCHED || next == OrderStatus.PICKED_UP) {
            leftAt = at;
            goodsReady(at);
        }
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
    public boolean availabilityChecked(int version, boolean allReserved, List<Phrase> lineOutcomes) {
        if (version != orderVersion) {
            return false;
        }
        availability = allReserved ? Availability.CONFIRMED : Availability.SHORTAGE;
        Phrase note = Phrase.joined(lineOutcomes);
        availabilityNote = note.inEnglish();
        String json = note.toJson();
        availabilityPhrase = json.length() <= PHRASE_LENGTH ? json : null; // a long order's note shows as kept
        return true;
    }

    /**
     * Inventory found the order short when it reserved it: the promise moves to the later estimate, or is withdrawn
     * when no date can be given. A promise is never moved earlier here, and one not made is not made now.
     *
     * @return the date promised before, when the promise changed
     */
    public Optional<LocalDate> revisePromise(int version, DeliveryEstimate estimate, String by, Instant at) {
        if (version != orderVersion
                || estimatedDate == null
                || (estimate.date() != null && !estimate.date().isAfter(estimatedDate))) {
            return Optional.empty();
        }
        LocalDate before = estimatedDate;
        estimatedDate = estimate.date();
        explain(estimate);
        noteOnStatus(
                "timeline.title.promiseRevised",
                by,
                at,
                estimatedDate == null
                        ? Phrase.of("timeline.promise.movedToNone", pickupOrDelivery(), before, estimate.why())
                        : Phrase.of(
                                "timeline.promise.moved", pickupOrDelivery(), before, estimatedDate, estimate.why()));
        return Optional.of(before);
    }

    /**
     * Inventory looked at the order again after stock arrived or a replenishment was planned, changed or cancelled:
     * the promise moves either way, is restored when a date can be given again, or is withdrawn when none can. The
     * timeline says why; a promise changed after the customer's confirmation is to be confirmed again.
     *
     * @return whether the promise changed
     */
    public boolean promiseReevaluated(int version, DeliveryEstimate estimate, Phrase why, String by, Instant at) {
        if (version != orderVersion
                || !PROMISE_OPEN.contains(status)
                || java.util.Objects.equals(estimate.date(), estimatedDate)) {
            return false;
        }
        LocalDate before = estimatedDate;
        estimatedDate = estimate.date();
        explain(estimate);
        if (confirmedAt != null) {
            promiseToReconfirm = true;
        }
        Phrase change = before == null
                ? Phrase.of("timeline.promise.restored", pickupOrDelivery(), estimatedDate)
                : estimatedDate == null
                        ? Phrase.of("timeline.promise.withdrawn", pickupOrDelivery())
                        : Phrase.of("timeline.promise.movedBetween", pickupOrDelivery(), before, estimatedDate);
        noteOnStatus(
                "timeline.title.promiseRevised",
                by,
                at,
                Phrase.of("timeline.promise.why", change, estimate.why(), why));
        return true;
    }

    /** "delivery" or "pickup", inside a sentence about the promise. */
    private Phrase pickupOrDelivery() {
        return Phrase.of(isPickup() ? "timeline.promise.pickup" : "timeline.promise.delivery");
    }

    /** The statuses in which the goods have not left yet, so a promise can still move. */
    private static final java.util.Set<OrderStatus> PROMISE_OPEN = java.util.EnumSet.of(
            OrderStatus.AWAITING_APPROVAL,
            OrderStatus.RECORDED,
            OrderStatus.CONFIRMED,
            OrderStatus.IN_FULFILLMENT,
            OrderStatus.ON_HOLD);

    /** Whether inventory changed the promise since the customer's confirmation. */
    public boolean isPromiseToReconfirm() {
        return promiseToReconfirm;
    }

    private boolean isPickup() {
        return fulfillmentMethod == FulfillmentMethod.PICKUP;
    }

    private static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The net total, before VAT. */
    public BigDecimal getTotal() {
        return totalAmount;
    }

    public BigDecimal getTaxAmount() {
        return taxAmount;
    }

    public BigDecimal getGrossTotal() {
        return totalAmount.add(taxAmount);
    }

    public java.util.Currency getCurrency() {
        return java.util.Currency.getInstance(currency);
    }

    public String getCurrencyCode() {
        return currency;
    }

    public VatTreatment getVatTreatment() {
        return vatTreatment;
    }

    /**
     * The VAT category a line is taxed in on this order: the line's own (its product's when taken), unless the
     * customer's treatment puts every line in one (K under reverse charge, E when exempt).
     */
    public String vatCategoryOf(OrderLine line) {
        return vatTreatment.category() != null ? vatTreatment.category() : line.getVatCategory();
    }

    /** The VAT rate a line is taxed at on this order: 0 under reverse charge or exemption, else the line's own. */
    public BigDecimal vatRateOf(OrderLine line) {
        return vatTreatment.category() != null ? BigDecimal.ZERO : line.getVatRate();
    }

    /** Net, VAT per category and rate, and gross, from the lines as recorded. */
    public TaxBreakdown getTaxBreakdown() {
        return TaxBreakdown.of(
                getCurrency(),
                vatTreatment,
                vatRounding,
                lines.stream()
                        .map(l -> new TaxBreakdown.TaxableLine(
                                l.getQuantity(), l.getUnitPrice(), l.getVatCategory(), l.getVatRate()))
                        .toList());
    }

    /** Takes the amounts of a verification: its currency (that of a new order), treatment, rounding and totals. */
    private void price(Verification verification) {
        TaxBreakdown breakdown = verification.breakdown();
        currency = verification.currency().getCurrencyCode();
        vatTreatment = verification.treatment();
        vatRounding = verification.rounding();
        totalAmount = breakdown.net();
        taxAmount = breakdown.tax();
    }

    public OrderNumber getOrderNumber() {
        return new OrderNumber(orderNumber);
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

    /** The flags by name, "Agreed price, New delivery address"; empty when there are none. */
    public String getFlagLabels() {
        return String.join(", ", flags.stream().map(f -> f.getType().getLabel()).toList());
    }

    public List<Flag> getFlags() {
        return List.copyOf(flags);
    }

    /** The lines in a few words, for lists: "2 × RLR-230, 4 × PNT-WHT-10", the first three and how many more. */
    public String getProductSummary() {
        String shown = lines.stream()
                .limit(3)
                .map(line -> line.getQuantity() + " × " + line.getProductCode())
                .collect(java.util.stream.Collectors.joining(", "));
        return lines.size() > 3 ? shown + " and " + (lines.size() - 3) + " more" : shown;
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

    /** How the date was worked out, to be said in the reader's language; null on orders taken before it was kept. */
    public Phrase getAvailabilityWhy() {
        return Phrase.fromJson(availabilityPhrase);
    }

    public Phrase getEstimateWhy() {
        return Phrase.fromJson(estimatePhrase);
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
    public record PricedLine(
            String productCode,
            String productName,
            int quantity,
            BigDecimal listPrice,
            BigDecimal agreedPrice,
            String priceReason,
            String vatCategory,
            BigDecimal vatRate)
            implements Serializable {

        /** The VAT category and rate of a line when none is given: the standard rate shipped (S, 20 %). */
        public static final String STANDARD_CATEGORY = "S";

        public static final BigDecimal STANDARD_RATE = new BigDecimal("20.00");

        public static PricedLine atListPrice(
                String productCode, String productName, int quantity, BigDecimal listPrice) {
            return new PricedLine(productCode, productName, quantity, listPrice, null, null);
        }

        /** A line at the shipped standard rate. */
        public PricedLine(
                String productCode,
                String productName,
                int quantity,
                BigDecimal listPrice,
                BigDecimal agreedPrice,
                String priceReason) {
            this(
                    productCode,
                    productName,
                    quantity,
                    listPrice,
                    agreedPrice,
                    priceReason,
                    STANDARD_CATEGORY,
                    STANDARD_RATE);
        }

        /** An agreed price equal to the list price is no agreement at all. */
        public PricedLine {
            if (agreedPrice != null && agreedPrice.compareTo(listPrice) == 0) {
                agreedPrice = null;
                priceReason = null;
            }
            Objects.requireNonNull(vatCategory);
            Objects.requireNonNull(vatRate);
        }

        /** The same line taxed at a product's category (UNCL 5305) and rate. */
        public PricedLine taxedAt(String category, BigDecimal rate) {
            return new PricedLine(
                    productCode, productName, quantity, listPrice, agreedPrice, priceReason, category, rate);
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
