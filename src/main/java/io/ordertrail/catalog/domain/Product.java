package io.ordertrail.catalog.domain;

import io.ordertrail.platform.SequencedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.Objects;

/** A product from the catalog, ordered by its code at its list price. */
@Entity
@Table(name = "product")
public class Product extends SequencedEntity {

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;

    @Column(name = "unit_code", nullable = false)
    private String unitCode;

    @Column(nullable = false)
    private boolean active;

    protected Product() {
    }

    public Product(String code, String name, BigDecimal unitPrice, String unitCode) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.unitPrice = Objects.requireNonNull(unitPrice);
        this.unitCode = Objects.requireNonNull(unitCode);
        this.active = true;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public boolean isActive() {
        return active;
    }

    public String getLabel() {
        return code + " · " + name;
    }
}
