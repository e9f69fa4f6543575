package io.ordertrail.inventory.domain;

import io.ordertrail.catalog.domain.Product;
import io.ordertrail.platform.SequencedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/** Stock on its way: how many of a product are expected at a location, and on which day. */
@Entity
@Table(name = "replenishment")
public class Replenishment extends SequencedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @Column(nullable = false)
    private String location;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "expected_on", nullable = false)
    private LocalDate expectedOn;

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

    public int getQuantity() {
        return quantity;
    }

    public LocalDate getExpectedOn() {
        return expectedOn;
    }
}
