package io.ordertrail.orders.domain;

import io.ordertrail.customers.domain.VatTreatment;
import io.ordertrail.platform.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * What verifying an order found (SOP step 2): each line priced, the flags raised by the cross-check, and the
 * estimated delivery or pickup date. Shown to staff for the final double-check, then recorded with the order.
 */
public record Verification(
        List<Order.PricedLine> lines,
        List<String> availability,
        List<Flag> flags,
        DeliveryEstimate estimate,
        Currency currency,
        VatTreatment treatment,
        VatRounding rounding)
        implements Serializable {

    public Verification {
        lines = List.copyOf(lines);
        availability = List.copyOf(availability);
        flags = List.copyOf(flags);
        Objects.requireNonNull(currency);
        Objects.requireNonNull(treatment);
        Objects.requireNonNull(rounding);
    }

    /** A verification in the base currency for a domestic customer, rounded per document. */
    public Verification(
            List<Order.PricedLine> lines, List<String> availability, List<Flag> flags, DeliveryEstimate estimate) {
        this(
                lines,
                availability,
                flags,
                estimate,
                Currency.getInstance(Money.BASE_CURRENCY),
                VatTreatment.DOMESTIC,
                VatRounding.PER_DOCUMENT);
    }

    /** The net total: the lines' amounts, each rounded to the currency, added up (EN 16931 BR-CO-10). */
    public BigDecimal total() {
        return breakdown().net();
    }

    /** Net, VAT per category and rate, and gross, as the confirmation will state them. */
    public TaxBreakdown breakdown() {
        return TaxBreakdown.of(
                currency,
                treatment,
                rounding,
                lines.stream()
                        .map(l ->
                                new TaxBreakdown.TaxableLine(l.quantity(), l.unitPrice(), l.vatCategory(), l.vatRate()))
                        .toList());
    }

    public boolean needsSecondPerson() {
        return !flags.isEmpty();
    }
}
