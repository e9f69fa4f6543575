package io.ordertrail.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.Objects;

/** A product from the catalog, ordered by its code at its list price. */
@Entity
@Table(name = "product")
public class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ordertrail_id")
    @SequenceGenerator(name = "ordertrail_id", sequenceName = "ordertrail_id_seq", allocationSize = 50)
    private Long id;

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

    public Long getId() {
        return id;
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
