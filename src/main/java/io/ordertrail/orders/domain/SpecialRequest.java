package io.ordertrail.orders.domain;

import io.ordertrail.handover.domain.Team;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.InputRejected.Problem;
import io.ordertrail.platform.SequencedEntity;
import io.ordertrail.platform.i18n.Phrase;
import io.ordertrail.platform.i18n.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A customer's special request on an order or one of its lines (SOP step 5): typed, routed to the team it concerns,
 * reviewed for feasibility by that team (accepted, accepted with a change, or rejected, always with a reason), and
 * escalated to the manager when nobody reviewed it in time. Its outcome goes into the confirmation and into the
 * handover to fulfillment.
 */
@Entity
@Table(name = "special_request")
public class SpecialRequest extends SequencedEntity {

    public static final int MAX_DETAILS = 1000;
    public static final int MAX_REASON = 1000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id", updatable = false)
    private Order order;

    /** The order line it concerns, or null for the whole order. */
    @Column(name = "line_number", updatable = false)
    private Integer lineNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "request_type", nullable = false, updatable = false)
    private SpecialRequestType type;

    @Column(nullable = false, updatable = false)
    private String details;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Team team;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestDecision status;

    @Column(name = "decision_reason")
    private String decisionReason;

    /** What the customer is told of the decision, when the team wrote it; else a standard text (customerText()). */
    @Column(name = "customer_text")
    private String customerText;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "due_at", nullable = false, updatable = false)
    private Instant dueAt;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected SpecialRequest() {}

    SpecialRequest(
            Order order,
            Integer lineNumber,
            SpecialRequestType type,
            String details,
            Team team,
            String by,
            Instant at,
            Duration timeToReview) {
        this.order = order;
        this.lineNumber = lineNumber;
        this.type = type;
        this.details = details.trim();
        this.team = team;
        this.status = RequestDecision.PENDING;
        this.createdBy = by;
        this.createdAt = at;
        this.dueAt = at.plus(timeToReview);
    }

    /** What is wrong with a request as entered; empty when it can be taken. */
    static List<Problem> problems(SpecialRequestType type, String details, Integer lineNumber, int lineCount) {
        List<Problem> problems = new ArrayList<>();
        if (type == null) {
            problems.add(new Problem("requestType", Phrase.of("problem.requestType")));
        }
        if (details == null || details.isBlank()) {
            problems.add(new Problem("requestDetails", Phrase.of("problem.requestDetails")));
        }
        InputRejected.checkLength(problems, "requestDetails", Phrase.of("what.description"), details, MAX_DETAILS);
        if (lineNumber != null && (lineNumber < 1 || lineNumber > lineCount)) {
            problems.add(new Problem("requestLine", Phrase.of("problem.request.line", String.valueOf(lineNumber))));
        }
        return problems;
    }

    /**
     * The team's feasibility review, or the manager's decision on an escalated request. Always with a reason; a
     * request is decided once.
     */
    public void decide(RequestDecision decision, String reason, String by, Instant at) {
        decide(decision, reason, null, by, at);
    }

    /**
     * The decision with what the customer is to be told of it. The reason is the team's, for staff; the customer's
     * confirmation carries {@code customerText}, or when it is blank a standard text for the decision, never the
     * reason.
     */
    public void decide(RequestDecision decision, String reason, String customerText, String by, Instant at) {
        List<Problem> problems = new ArrayList<>();
        if (status != RequestDecision.PENDING) {
            problems.add(new Problem(
                    "decision",
                    Phrase.of("problem.request.decided", Phrase.labelInSentence(status), String.valueOf(decidedBy))));
        } else if (decision == null || decision == RequestDecision.PENDING) {
            problems.add(new Problem("decision", Phrase.of("problem.decision")));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new Problem(
                    "decisionReason",
                    decision == RequestDecision.ACCEPTED_WITH_CHANGE
                            ? Phrase.of("problem.request.instead")
                            : Phrase.of("problem.request.reason")));
        }
        InputRejected.checkLength(problems, "decisionReason", Phrase.of("what.reason"), reason, MAX_REASON);
        InputRejected.checkLength(
                problems, "customerText", Phrase.of("what.textForTheCustomer"), customerText, MAX_REASON);
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        this.status = decision;
        this.decisionReason = reason.trim();
        this.customerText = customerText == null || customerText.isBlank() ? null : customerText.trim();
        this.decidedBy = Objects.requireNonNull(by);
        this.decidedAt = at;
    }

    /** Escalates the request to the manager when it is still waiting for review past its due time. */
    public boolean escalateIfOverdue(Instant now) {
        if (status == RequestDecision.PENDING && escalatedAt == null && now.isAfter(dueAt)) {
            escalatedAt = now;
            return true;
        }
        return false;
    }

    /** How the request reads in a confirmation or a handover, with how it was addressed: in English. */
    public String describe() {
        return describe(Texts.in(java.util.Locale.ENGLISH));
    }

    /** How the request reads to staff, with how it was addressed, in the reader's language. */
    public String describe(Texts texts) {
        String type = texts.get(Phrase.labelKey(this.type));
        String what = lineNumber == null
                ? texts.get("request.described", type, details)
                : texts.get("request.described.line", type, String.valueOf(lineNumber), details);
        return switch (status) {
            case PENDING -> texts.get("request.pending", what, texts.labelInSentence(team));
            case ACCEPTED -> texts.get("request.accepted", what, decisionReason);
            case ACCEPTED_WITH_CHANGE -> texts.get("request.acceptedWithChange", what, decisionReason);
            case REJECTED -> texts.get("request.rejected", what, decisionReason);
        };
    }

    /**
     * How the request reads in the customer's confirmation: what was asked and what we will do, in the words the
     * team wrote for the customer or a standard text; the team's internal reason never goes to the customer.
     */
    public String describeForCustomer(Texts texts) {
        String type = texts.get(Phrase.labelKey(this.type));
        String what = lineNumber == null
                ? texts.get("request.described", type, details)
                : texts.get("request.described.line", type, String.valueOf(lineNumber), details);
        return what + " — " + customerText(texts);
    }

    /** What the customer is told of where the request stands, in their language when it is a standard text. */
    public String customerText(Texts texts) {
        if (status != RequestDecision.PENDING && customerText != null) {
            return customerText;
        }
        return texts.get("request.forCustomer." + status.name());
    }

    public String getCustomerText() {
        return customerText;
    }

    public boolean isPending() {
        return status == RequestDecision.PENDING;
    }

    public boolean isEscalated() {
        return escalatedAt != null;
    }

    public Order getOrder() {
        return order;
    }

    public OrderNumber getOrderNumber() {
        return order.getOrderNumber();
    }

    public Integer getLineNumber() {
        return lineNumber;
    }

    public SpecialRequestType getType() {
        return type;
    }

    public String getDetails() {
        return details;
    }

    public Team getTeam() {
        return team;
    }

    public RequestDecision getStatus() {
        return status;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
