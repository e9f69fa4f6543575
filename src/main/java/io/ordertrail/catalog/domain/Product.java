package io.ordertrail.catalog.domain;

import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.InputRejected.Problem;
import io.ordertrail.platform.Money;
import io.ordertrail.platform.SequencedEntity;
import io.ordertrail.platform.i18n.Phrase;
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
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

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

    // read for every product a query found in one statement (where product_id in …), not one per product
    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "product_price", joinColumns = @JoinColumn(name = "product_id"))
    private List<Price> prices = new ArrayList<>();

    @Column(name = "unit_code", nullable = false)
    private String unitCode;

    @Column(nullable = false)
    private boolean active;

    /** The product's GS1 trade item number, by which buyers' systems may name it. */
    private String gtin;

    /** The code of the product's {@link TaxCategory}: what a line of it is taxed at (V42). */
    @Column(name = "tax_category", nullable = false)
    private String taxCategory = "STANDARD";

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

    /** Sets the base list price from a day on, replacing a price already set for that same day. */
    public void priceFrom(LocalDate effectiveFrom, BigDecimal unitPrice) {
        priceFrom(Money.BASE_CURRENCY, effectiveFrom, unitPrice);
    }

    /** Sets the list price in a currency from a day on, replacing one already set in it for that same day. */
    public void priceFrom(String currency, LocalDate effectiveFrom, BigDecimal unitPrice) {
        prices.removeIf(
                p -> p.getCurrency().equals(currency) && p.getEffectiveFrom().equals(effectiveFrom));
        prices.add(new Price(currency, effectiveFrom, unitPrice));
    }

    /** The base list price on a day: the latest price effective on it; empty before the first price. */
    public Optional<BigDecimal> priceOn(LocalDate day) {
        return priceOn(day, Money.BASE_CURRENCY);
    }

    /** The list price in a currency on a day; empty when that price list has no price for the product yet. */
    public Optional<BigDecimal> priceOn(LocalDate day, String currency) {
        return prices.stream()
                .filter(p -> p.getCurrency().equals(currency))
                .filter(p -> !p.getEffectiveFrom().isAfter(day))
                .max(Comparator.comparing(Price::getEffectiveFrom))
                .map(Price::getUnitPrice);
    }

    /**
     * A product as staff add it on the products page, with its list price from the given day on.
     *
     * @throws InputRejected naming each wrong field; nothing is created then
     */
    public static Product create(ProductDetails details, BigDecimal unitPrice, LocalDate from, LocalDate today) {
        List<Problem> problems = new ArrayList<>(details.problems());
        problems.addAll(priceProblems(unitPrice, from, today));
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        Product product = new Product(
                details.code().trim(), details.name().trim(), details.unitCode().trim());
        product.gtin = blankToNull(details.gtin());
        product.active = details.active();
        product.priceFrom(from, unitPrice);
        return product;
    }

    /**
     * Describes the product again (its code stays). Recorded orders keep the name, unit and price they were taken
     * with.
     *
     * @throws InputRejected naming each wrong field; nothing changes then
     */
    public void change(ProductDetails details) {
        List<Problem> problems = details.problems();
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        describe(details.name().trim(), details.unitCode().trim(), details.active());
        this.gtin = blankToNull(details.gtin());
    }

    /**
     * A new list price from a day on: today or later, so that what was charged before stays as it was.
     *
     * @throws InputRejected when the price or the day is wrong
     */
    public void newPrice(String currency, BigDecimal unitPrice, LocalDate from, LocalDate today) {
        List<Problem> problems = priceProblems(unitPrice, from, today);
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            problems.add(new Problem("priceCurrency", Phrase.of("problem.priceCurrency")));
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        priceFrom(currency, from, unitPrice);
    }

    /**
     * Withdraws a price that has not taken effect yet.
     *
     * @throws InputRejected for a price in effect already (it may have been charged)
     */
    public void withdrawPrice(String currency, LocalDate from, LocalDate today) {
        if (!from.isAfter(today)) {
            throw InputRejected.because(
                    "prices",
                    Phrase.of("problem.product.priceInEffect", String.valueOf(currency), String.valueOf(from)));
        }
        prices.removeIf(
                p -> p.getCurrency().equals(currency) && p.getEffectiveFrom().equals(from));
    }

    private static List<Problem> priceProblems(BigDecimal unitPrice, LocalDate from, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (unitPrice == null
                || unitPrice.signum() <= 0
                || unitPrice.stripTrailingZeros().scale() > 2) {
            problems.add(new Problem("unitPrice", Phrase.of("problem.unitPrice")));
        }
        if (from == null) {
            problems.add(new Problem("priceFrom", Phrase.of("problem.priceFrom")));
        } else if (from.isBefore(today)) {
            problems.add(new Problem("priceFrom", Phrase.of("problem.priceFrom2")));
        }
        return problems;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
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

    public String getTaxCategory() {
        return taxCategory;
    }

    /** The product is taxed at this category from now on; orders already taken keep what they were taxed at. */
    public void taxedAs(TaxCategory category) {
        this.taxCategory = category.getCode();
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
