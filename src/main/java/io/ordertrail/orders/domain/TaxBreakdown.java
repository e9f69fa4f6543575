package io.ordertrail.orders.domain;

import io.ordertrail.customers.domain.VatTreatment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An order's amounts as a tax document states them: net, the VAT of each category and rate, and gross, in one
 * currency and at its scale (2 decimals for EUR and GBP, 0 for JPY). The arithmetic is EN 16931's: each line's net
 * amount is rounded before the lines are added up (BR-CO-10); a rate's VAT is its taxable amount times the rate,
 * rounded half up ({@link VatRounding#PER_DOCUMENT}, BR-CO-17), or the sum of the lines' rounded VAT
 * ({@link VatRounding#PER_LINE}); the VAT total is the sum of the rates' (BR-CO-14) and gross is net plus VAT
 * (BR-CO-15).
 */
public record TaxBreakdown(
        Currency currency, List<Subtotal> subtotals, BigDecimal net, BigDecimal tax, BigDecimal gross) {

    public TaxBreakdown {
        Objects.requireNonNull(currency);
        subtotals = List.copyOf(subtotals);
    }

    /** A line as it is taxed: its quantity and unit price, and its product's category (UNCL 5305) and rate. */
    public record TaxableLine(int quantity, BigDecimal unitPrice, String category, BigDecimal ratePercent) {

        public TaxableLine {
            Objects.requireNonNull(unitPrice);
            Objects.requireNonNull(category);
            Objects.requireNonNull(ratePercent);
            if (quantity < 1) {
                throw new IllegalArgumentException("A line has a quantity of at least 1, not " + quantity);
            }
            if (ratePercent.signum() < 0) {
                throw new IllegalArgumentException("A VAT rate cannot be negative: " + ratePercent);
            }
        }
    }

    /** The lines of one category and rate: their taxable amount and their VAT (EN 16931 BG-23). */
    public record Subtotal(
            String category, BigDecimal ratePercent, BigDecimal taxable, BigDecimal tax, String reason) {}

    /**
     * The breakdown of the lines for a customer of this treatment: under {@link VatTreatment#REVERSE_CHARGE} and
     * {@link VatTreatment#EXEMPT} every line is of the treatment's category at 0 %, with the reason stated.
     */
    public static TaxBreakdown of(
            Currency currency, VatTreatment treatment, VatRounding rounding, List<TaxableLine> lines) {
        int scale = currency.getDefaultFractionDigits();
        Map<Rate, List<BigDecimal>> netsByRate = new LinkedHashMap<>();
        for (TaxableLine line : lines) {
            Rate rate = treatment.category() != null
                    ? new Rate(treatment.category(), BigDecimal.ZERO)
                    : new Rate(line.category(), line.ratePercent().stripTrailingZeros());
            BigDecimal net = line.unitPrice()
                    .multiply(BigDecimal.valueOf(line.quantity()))
                    .setScale(scale, RoundingMode.HALF_UP);
            netsByRate.computeIfAbsent(rate, r -> new ArrayList<>()).add(net);
        }
        BigDecimal zero = BigDecimal.ZERO.setScale(scale);
        List<Subtotal> subtotals = new ArrayList<>();
        BigDecimal net = zero;
        BigDecimal tax = zero;
        for (Map.Entry<Rate, List<BigDecimal>> group : netsByRate.entrySet()) {
            BigDecimal percent = group.getKey().percent();
            BigDecimal taxable = group.getValue().stream().reduce(zero, BigDecimal::add);
            BigDecimal vat = rounding == VatRounding.PER_LINE
                    ? group.getValue().stream()
                            .map(lineNet -> vat(lineNet, percent, scale))
                            .reduce(zero, BigDecimal::add)
                    : vat(taxable, percent, scale);
            subtotals.add(new Subtotal(group.getKey().category(), percent, taxable, vat, treatment.exemptionReason()));
            net = net.add(taxable);
            tax = tax.add(vat);
        }
        return new TaxBreakdown(currency, subtotals, net, tax, net.add(tax));
    }

    /** A category and rate, the rate without trailing zeros so that 20 and 20.00 are one rate. */
    private record Rate(String category, BigDecimal percent) {}

    private static BigDecimal vat(BigDecimal amount, BigDecimal ratePercent, int scale) {
        return amount.multiply(ratePercent).movePointLeft(2).setScale(scale, RoundingMode.HALF_UP);
    }
}
