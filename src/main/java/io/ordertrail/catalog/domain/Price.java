package io.ordertrail.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A list price per unit, in the currency of its price list, and the day it takes effect. */
@Embeddable
public class Price implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The price list's currency, ISO 4217 (V43). */
    @Column(nullable = false)
    private String currency;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;

    protected Price() {}

    public Price(String currency, LocalDate effectiveFrom, BigDecimal unitPrice) {
        this.currency = Objects.requireNonNull(currency);
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom);
        this.unitPrice = Objects.requireNonNull(unitPrice);
    }

    public String getCurrency() {
        return currency;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }
}
