package io.ordertrail.inventory.domain;

import io.ordertrail.catalog.domain.Product;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.SequencedEntity;
import io.ordertrail.platform.i18n.Phrase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A change of stock on hand made by the inventory team: a count (what was found) or an adjustment (so many more or
 * fewer), always with a reason and a note, who and when. The level changes only through one of these, or through the
 * ADMIN's stock import.
 */
@Entity
@Table(name = "stock_movement")
public class StockMovement extends SequencedEntity {

    /** A count sets what is on hand; an adjustment adds or takes away. */
    public enum Kind {
        COUNT,
        ADJUSTMENT
    }

    @BatchFetch(BatchFetchType.IN) // a list's products in one statement
    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id", updatable = false)
    private Product product;

    @Column(nullable = false, updatable = false)
    private String location;

    @Column(name = "moved_at", nullable = false, updatable = false)
    private Instant movedAt;

    @Column(name = "moved_by", nullable = false, updatable = false)
    private String movedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private StockMovementReason reason;

    @Column(nullable = false, updatable = false)
    private String note;

    @Column(name = "quantity_change", nullable = false, updatable = false)
    private int quantityChange;

    @Column(name = "on_hand_after", nullable = false, updatable = false)
    private int onHandAfter;

    protected StockMovement() {}

    /**
     * Applies a count or an adjustment to the stock level and records it.
     *
     * @throws InputRejected without a reason or a note, or when the stock would fall below what is reserved for
     *     orders (or below zero); the level is unchanged then
     */
    public static StockMovement apply(
            StockLevel stock, Kind kind, int quantity, StockMovementReason reason, String note, String by, Instant at) {
        String trimmed = note == null ? "" : note.strip();
        if (reason == null) {
            throw InputRejected.because("reason", Phrase.of("problem.stock.why"));
        }
        if (trimmed.isEmpty()) {
            throw InputRejected.because("note", Phrase.of("problem.stock.what"));
        }
        if (trimmed.length() > 500) {
            throw InputRejected.because("note", Phrase.of("problem.stock.noteLength"));
        }
        int before = stock.getOnHand();
        int after = kind == Kind.COUNT ? quantity : before + quantity;
        if (kind == Kind.ADJUSTMENT && quantity == 0) {
            throw InputRejected.because("quantity", Phrase.of("problem.stock.adjustment"));
        }
        if (after < 0 || !stock.coversReservations(after)) {
            throw InputRejected.because(
                    "quantity",
                    Phrase.of(
                            "problem.stock.belowReserved", String.valueOf(after), String.valueOf(stock.getReserved())));
        }
        stock.count(after);
        StockMovement movement = new StockMovement();
        movement.product = stock.getProduct();
        movement.location = stock.getLocation();
        movement.kind = kind;
        movement.reason = reason;
        movement.note = trimmed;
        movement.quantityChange = after - before;
        movement.onHandAfter = after;
        movement.movedBy = by;
        movement.movedAt = at;
        return movement;
    }

    public Product getProduct() {
        return product;
    }

    public String getLocation() {
        return location;
    }

    public Instant getMovedAt() {
        return movedAt;
    }

    public String getMovedBy() {
        return movedBy;
    }

    public Kind getKind() {
        return kind;
    }

    public StockMovementReason getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }

    public int getQuantityChange() {
        return quantityChange;
    }

    public int getOnHandAfter() {
        return onHandAfter;
    }
}
