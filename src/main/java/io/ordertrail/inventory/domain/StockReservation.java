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
            StockLevel stock,
            int quantity,
            Outcome outcome,
            int availableQuantity,
            LocalDate expectedOn,
            Instant now) {
        this.orderNumber = orderNumber;
        this.orderVersion = orderVersion;
        this.lineNumber = lineNumber;
        this.productCode = stock.getProduct().getCode();
        this.location = stock.getLocation();
        this.quantity = quantity;
        this.outcome = outcome;
        this.availableQuantity = availableQuantity;
        this.expectedOn = expectedOn;
        this.createdAt = now;
    }

    /**
     * Reserves the line's quantity if the stock has it, otherwise records the shortage with the date the
     * replenishments cover it (none if they never do), reading the
     * replenishments only then. Stock is only ever reserved whole per line.
     */
    public static StockReservation forLine(
            String orderNumber,
            int orderVersion,
            int lineNumber,
            StockLevel stock,
            int quantity,
            java.util.function.Supplier<java.util.List<Replenishment>> replenishments,
            LocalDate today,
            Instant now) {
        LineAvailability availability = LineAvailability.of(stock, quantity, replenishments, today);
        if (availability.inStock()) {
            stock.reserve(quantity);
            return new StockReservation(
                    orderNumber,
                    orderVersion,
                    lineNumber,
                    stock,
                    quantity,
                    Outcome.RESERVED,
                    availability.available(),
                    null,
                    now);
        }
        return new StockReservation(
                orderNumber,
                orderVersion,
                lineNumber,
                stock,
                quantity,
                Outcome.SHORT,
                availability.available(),
                availability.expectedOn(),
                now);
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
