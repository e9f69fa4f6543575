package io.ordertrail.catalog.domain;

import io.ordertrail.platform.SequencedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A product from the catalog, ordered by its code at its list price. */
@Entity
@Table(name = "product")
public class Product extends SequencedEntity {

    /** The effective date of a price that has always applied. */
    public static final LocalDate ALWAYS = LocalDate.of(2000, 1, 1);

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "product_price", joinColumns = @JoinColumn(name = "product_id"))
    private List<Price> prices = new ArrayList<>();

    @Column(name = "unit_code", nullable = false)
    private String unitCode;

    @Column(nullable = false)
    private boolean active;

    /** The product's GS1 trade item number, by which buyers' systems may name it. */
    private String gtin;

    protected Product() {}

    /** A product with a list price that has always applied. */
    public Product(String code, String name, BigDecimal unitPrice, String unitCode) {
        this(code, name, unitCode);
        priceFrom(ALWAYS, unitPrice);
    }

    public Product(String code, String name, String unitCode) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.unitCode = Objects.requireNonNull(unitCode);
        this.active = true;
    }

    /** Sets the list price from a day on, replacing a price already set for that same day. */
    public void priceFrom(LocalDate effectiveFrom, BigDecimal unitPrice) {
        prices.removeIf(p -> p.getEffectiveFrom().equals(effectiveFrom));
        prices.add(new Price(effectiveFrom, unitPrice));
    }

    /** The list price on a day: the latest price effective on it; empty before the first price. */
    public Optional<BigDecimal> priceOn(LocalDate day) {
        return prices.stream()
                .filter(p -> !p.getEffectiveFrom().isAfter(day))
                .max(Comparator.comparing(Price::getEffectiveFrom))
                .map(Price::getUnitPrice);
    }

    /** Describes the product again, as a catalog import does. */
    public void describe(String name, String unitCode, boolean active) {
        this.name = Objects.requireNonNull(name);
        this.unitCode = Objects.requireNonNull(unitCode);
        this.active = active;
    }

    public List<Price> getPrices() {
        return prices.stream()
                .sorted(Comparator.comparing(Price::getEffectiveFrom))
                .toList();
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
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

    public String getGtin() {
        return gtin;
    }

    public void tradedAs(String gtin) {
        this.gtin = gtin;
    }
}
