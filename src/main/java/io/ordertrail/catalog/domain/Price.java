package io.ordertrail.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A list price per unit and the day it takes effect. */
@Embeddable
public class Price implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;

    protected Price() {}

    public Price(LocalDate effectiveFrom, BigDecimal unitPrice) {
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom);
        this.unitPrice = Objects.requireNonNull(unitPrice);
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }
}
