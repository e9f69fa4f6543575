package io.ordertrail.inventory.domain;

import io.ordertrail.catalog.domain.Product;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.InputRejected.Problem;
import io.ordertrail.platform.SequencedEntity;
import io.ordertrail.platform.i18n.Phrase;
import io.ordertrail.platform.i18n.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** Stock on its way: how many of a product are expected at a location, and on which day. */
@Entity
@Table(name = "replenishment")
public class Replenishment extends SequencedEntity {

    @BatchFetch(BatchFetchType.IN) // a list's products in one statement
    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @Column(nullable = false)
    private String location;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "expected_on", nullable = false)
    private LocalDate expectedOn;

    /** The supplier's order or delivery note it is known by. */
    private String reference;

    @Column(name = "planned_by")
    private String plannedBy;

    @Column(name = "planned_at")
    private Instant plannedAt;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "cancelled_by")
    private String cancelledBy;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason")
    private String cancelReason;

    public static final int MAX_REFERENCE = 60;
    public static final int MAX_REASON = 500;

    protected Replenishment() {}

    public Replenishment(Product product, String location, int quantity, LocalDate expectedOn) {
        if (quantity < 1) {
            throw new IllegalArgumentException("A replenishment brings at least one, not " + quantity);
        }
        this.product = Objects.requireNonNull(product);
        this.location = Objects.requireNonNull(location);
        this.quantity = quantity;
        this.expectedOn = Objects.requireNonNull(expectedOn);
    }

    /**
     * Stock the inventory team expects: how many, on which day, under which reference.
     *
     * @throws InputRejected naming each wrong field; nothing is planned then
     */
    public static Replenishment plan(
            StockLevel stock,
            Integer quantity,
            LocalDate expectedOn,
            String reference,
            LocalDate today,
            String by,
            Instant at) {
        check(quantity, expectedOn, reference, today);
        Replenishment r = new Replenishment(stock.getProduct(), stock.getLocation(), quantity, expectedOn);
        r.reference = reference.trim();
        r.plannedBy = by;
        r.plannedAt = at;
        return r;
    }

    /** @throws InputRejected naming each wrong field, or when it was cancelled; nothing changes then */
    public void change(
            Integer quantity, LocalDate expectedOn, String reference, LocalDate today, String by, Instant at) {
        requirePlanned();
        check(quantity, expectedOn, reference, today);
        this.quantity = quantity;
        this.expectedOn = expectedOn;
        this.reference = reference.trim();
        this.changedBy = by;
        this.changedAt = at;
    }

    /** @throws InputRejected without a reason, or when it was cancelled already */
    public void cancel(String reason, String by, Instant at) {
        requirePlanned();
        if (reason == null || reason.isBlank()) {
            throw InputRejected.because("cancelReason", Phrase.of("problem.replenishment.why"));
        }
        if (reason.trim().length() > MAX_REASON) {
            throw InputRejected.because("cancelReason", Phrase.of("problem.reason.length", String.valueOf(MAX_REASON)));
        }
        this.cancelReason = reason.trim();
        this.cancelledBy = by;
        this.cancelledAt = at;
    }

    private void requirePlanned() {
        if (cancelledAt != null) {
            throw InputRejected.because(
                    "replenishment", Phrase.of("problem.replenishment.cancelled", String.valueOf(cancelledAt)));
        }
    }

    private static void check(Integer quantity, LocalDate expectedOn, String reference, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (quantity == null || quantity < 1) {
            problems.add(new Problem("quantity", Phrase.of("problem.quantity")));
        }
        if (expectedOn == null) {
            problems.add(new Problem("expectedOn", Phrase.of("problem.expectedOn")));
        } else if (expectedOn.isBefore(today)) {
            problems.add(new Problem("expectedOn", Phrase.of("problem.expectedOn2")));
        }
        if (reference == null || reference.isBlank()) {
            problems.add(new Problem("reference", Phrase.of("problem.reference")));
        } else if (reference.trim().length() > MAX_REFERENCE) {
            problems.add(new Problem(
                    "reference", Phrase.of("problem.replenishment.referenceLength", String.valueOf(MAX_REFERENCE))));
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    public Product getProduct() {
        return product;
    }

    public String getLocation() {
        return location;
    }

    public String getReference() {
        return reference;
    }

    public String getPlannedBy() {
        return plannedBy;
    }

    public Instant getPlannedAt() {
        return plannedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelledBy() {
        return cancelledBy;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    /** How it reads in a timeline: "200 expected 2026-12-10 (PO-4711)". */
    /** "40 expected Tue 8 Dec 2026 (PO-7781)", in the reader's language. */
    public String describe(Texts texts) {
        return described().in(texts);
    }

    /** What is expected, when and under which reference, as a phrase. */
    public Phrase described() {
        return reference == null
                ? Phrase.of("replenishment.described", quantity, expectedOn)
                : Phrase.of("replenishment.describedWithReference", quantity, expectedOn, reference);
    }

    public int getQuantity() {
        return quantity;
    }

    public LocalDate getExpectedOn() {
        return expectedOn;
    }
}
