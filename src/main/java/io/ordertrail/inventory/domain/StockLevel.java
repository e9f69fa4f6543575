package io.ordertrail.inventory.domain;

import io.ordertrail.catalog.domain.Product;
import io.ordertrail.platform.SequencedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.Objects;

/** How many of a product are on hand at one stock location. */
@Entity
@Table(name = "stock_level")
public class StockLevel extends SequencedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @Column(nullable = false)
    private String location;

    @Column(name = "on_hand", nullable = false)
    private int onHand;

    protected StockLevel() {
    }

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
}
