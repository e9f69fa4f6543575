package io.ordertrail.inventory.domain;

import io.ordertrail.catalog.domain.Product;
import io.ordertrail.platform.SequencedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** How many of a product are on hand at one stock location. */
@Entity
@Table(name = "stock_level")
public class StockLevel extends SequencedEntity {

    // the products of a list of stock levels in one statement, not one per level
    @BatchFetch(BatchFetchType.IN)
    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @Column(nullable = false)
    private String location;

    @Column(name = "on_hand", nullable = false)
    private int onHand;

    @Column(nullable = false)
    private int reserved;

    protected StockLevel() {}

    public StockLevel(Product product, String location, int onHand) {
        if (onHand < 0) {
            throw new IllegalArgumentException("Stock on hand cannot be negative: " + onHand);
        }
        this.product = Objects.requireNonNull(product);
        this.location = Objects.requireNonNull(location);
        this.onHand = onHand;
    }

    public Product getProduct() {
        return product;
    }

    public String getLocation() {
        return location;
    }

    public int getOnHand() {
        return onHand;
    }

    public int getReserved() {
        return reserved;
    }

    /** What can still be promised: on hand minus what is already reserved for other orders. */
    public int available() {
        return onHand - reserved;
    }

    /** Sets stock aside for an order line; refuses to promise more than is available. */
    public void reserve(int quantity) {
        if (quantity < 1 || quantity > available()) {
            throw new IllegalArgumentException("Cannot reserve " + quantity + " of " + product.getCode() + " at "
                    + location + ": " + available() + " available");
        }
        reserved += quantity;
    }

    /** Gives reserved stock back, as when an order is cancelled or a line reduced. */
    public void release(int quantity) {
        if (quantity < 1 || quantity > reserved) {
            throw new IllegalArgumentException("Cannot release " + quantity + " of " + product.getCode() + " at "
                    + location + ": " + reserved + " reserved");
        }
        reserved -= quantity;
    }

    /** Whether a count of this much on hand still covers what is reserved for orders. */
    public boolean coversReservations(int countedOnHand) {
        return countedOnHand >= reserved;
    }

    /** Sets what a stock count found on hand; a count below what is reserved would leave orders unserved. */
    public void count(int countedOnHand) {
        if (countedOnHand < 0 || !coversReservations(countedOnHand)) {
            throw new IllegalArgumentException("A count of " + countedOnHand + " of " + product.getCode() + " at "
                    + location + " does not cover the " + reserved + " reserved");
        }
        onHand = countedOnHand;
    }
}
