package io.ordertrail.inventory.domain;

import io.ordertrail.platform.SequencedEntity;
import io.ordertrail.platform.i18n.Phrase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What inventory did for one line of one order version: stock reserved, or a shortage recorded with how many
 * were available and when more is expected.
 */
@Entity
@Table(name = "stock_reservation")
public class StockReservation extends SequencedEntity {

    /** The outcome for one order line. */
    public enum Outcome {
        RESERVED,
        SHORT
    }

    @Column(name = "order_number", nullable = false)
    private String orderNumber;

    @Column(name = "order_version", nullable = false)
    private int orderVersion;

    @Column(name = "line_number", nullable = false)
    private int lineNumber;

    @Column(name = "product_code", nullable = false)
    private String productCode;

    @Column(nullable = false)
    private String location;

    @Column(nullable = false)
    private int quantity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    @Column(name = "available_quantity", nullable = false)
    private int availableQuantity;

    @Column(name = "expected_on")
    private LocalDate expectedOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When the reserved stock was given back: the order was cancelled, or a later version replaced this one. */
    @Column(name = "released_at")
    private Instant releasedAt;

    protected StockReservation() {}

    private StockReservation(
            String orderNumber,
            int orderVersion,
            int lineNumber,
            String productCode,
            String location,
            int quantity,
            Outcome outcome,
            int availableQuantity,
            LocalDate expectedOn,
            Instant now) {
        this.orderNumber = orderNumber;
        this.orderVersion = orderVersion;
        this.lineNumber = lineNumber;
        this.productCode = productCode;
        this.location = location;
        this.quantity = quantity;
        this.outcome = outcome;
        this.availableQuantity = availableQuantity;
        this.expectedOn = expectedOn;
        this.createdAt = now;
    }

    /**
     * What inventory found for one line, as its {@link ReservationPlan} says: reserved, or short with how many were
     * available and the day the replenishments cover it (none if they never do). A reserved line's stock is set
     * aside by {@link #setAside}, under the stock's lock.
     */
    public static StockReservation of(
            String orderNumber,
            int orderVersion,
            int lineNumber,
            String location,
            LineAvailability availability,
            Instant now) {
        return new StockReservation(
                orderNumber,
                orderVersion,
                lineNumber,
                availability.productCode(),
                location,
                availability.requested(),
                availability.inStock() ? Outcome.RESERVED : Outcome.SHORT,
                availability.available(),
                availability.expectedOn(),
                now);
    }

    /**
     * Sets a reserved line's quantity aside in its stock, which the caller has locked for writing; a short line takes
     * nothing. Stock is only ever reserved whole per line, and never beyond what is available.
     */
    public void setAside(StockLevel stock) {
        if (!stock.getProduct().getCode().equals(productCode)
                || !stock.getLocation().equals(location)) {
            throw new IllegalArgumentException("Line " + lineNumber + " of " + orderNumber + " is for " + productCode
                    + " at " + location + ", not " + stock.getProduct().getCode() + " at " + stock.getLocation());
        }
        if (outcome == Outcome.RESERVED) {
            stock.reserve(quantity);
        }
    }

    /** How this line reads to sales, e.g. "PNT-WHT-10: short by 5 (3 available), more expected 2026-12-03". */
    public String describe() {
        return outcome().inEnglish();
    }

    /** The same, to be said in each reader's language. */
    public Phrase outcome() {
        if (outcome == Outcome.RESERVED) {
            return Phrase.of("reservation.reserved", productCode, String.valueOf(quantity));
        }
        return Phrase.of(
                "reservation.short",
                productCode,
                String.valueOf(quantity - availableQuantity),
                String.valueOf(availableQuantity),
                expectedOn == null
                        ? Phrase.of("availability.noReplenishment")
                        : Phrase.of("availability.expected", expectedOn.toString()));
    }

    /** Whether this line is short and still waits for stock (its order version stands). */
    public boolean isWaitingForStock() {
        return outcome == Outcome.SHORT && releasedAt == null;
    }

    /** Stock arrived for a waiting line: it is reserved now, whole. */
    public void reserveNow(StockLevel stock, Instant at) {
        if (!isWaitingForStock()) {
            throw new IllegalStateException(
                    "Reservation of " + orderNumber + " v" + orderVersion + " line " + lineNumber + " is not waiting");
        }
        this.availableQuantity = stock.available();
        stock.reserve(quantity);
        this.outcome = Outcome.RESERVED;
        this.expectedOn = null;
    }

    /**
     * The day a waiting line's stock is now expected, after a re-evaluation; returns whether it differs.
     *
     * @param available what the stock has available for it now
     */
    public boolean expectNow(int available, LocalDate day) {
        boolean changed = !java.util.Objects.equals(expectedOn, day);
        this.availableQuantity = available;
        this.expectedOn = day;
        return changed;
    }

    /** Whether this line still holds stock aside. */
    public boolean isHoldingStock() {
        return outcome == Outcome.RESERVED && releasedAt == null;
    }

    /** A short line of a replaced or cancelled order version stops waiting for stock. */
    public void stopWaiting(Instant at) {
        if (isWaitingForStock()) {
            releasedAt = at;
        }
    }

    /** Gives the reserved stock back to the stock level it came from. */
    public void release(StockLevel stock, Instant at) {
        if (!isHoldingStock()) {
            throw new IllegalStateException(
                    "Reservation of " + orderNumber + " v" + orderVersion + " line " + lineNumber + " holds no stock");
        }
        stock.release(quantity);
        releasedAt = at;
    }

    public Instant getReleasedAt() {
        return releasedAt;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public int getOrderVersion() {
        return orderVersion;
    }

    public int getLineNumber() {
        return lineNumber;
    }

    public String getProductCode() {
        return productCode;
    }

    public String getLocation() {
        return location;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getQuantity() {
        return quantity;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public int getAvailableQuantity() {
        return availableQuantity;
    }

    public LocalDate getExpectedOn() {
        return expectedOn;
    }
}
