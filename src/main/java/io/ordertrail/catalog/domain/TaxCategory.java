package io.ordertrail.catalog.domain;

import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.i18n.Phrase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A tax category the ADMIN configures (V42): a product is of one, and a line of it is taxed at the category's VAT
 * category (UN/CEFACT 5305: S for a standard or reduced rate, Z for zero-rated, E for exempt) and rate.
 */
@Entity
@Table(name = "tax_category")
public class TaxCategory implements Serializable {

    /** The VAT categories a product can be of; K (reverse charge) comes from the customer, never the product. */
    public static final Set<String> VAT_CATEGORIES = Set.of("S", "Z", "E");

    /** The category a product is of until staff choose another. */
    public static final String STANDARD = "STANDARD";

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "vat_category", nullable = false)
    private String vatCategory;

    @Column(nullable = false)
    private BigDecimal rate;

    protected TaxCategory() {}

    /**
     * @throws InputRejected when the code or name is empty, the VAT category unknown, or the rate not one a VAT
     *     category of that kind can have (S: above 0 and below 100; Z and E: 0)
     */
    public TaxCategory(String code, String name, String vatCategory, BigDecimal rate) {
        List<InputRejected.Problem> problems = new ArrayList<>();
        if (code == null || !code.strip().matches("[A-Za-z0-9_-]{1,20}")) {
            problems.add(new InputRejected.Problem("code", Phrase.of("problem.code2")));
        }
        problems.addAll(problems(name, vatCategory, rate));
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        this.code = code.strip().toUpperCase(Locale.ROOT);
        apply(name, vatCategory, rate);
    }

    /**
     * Another name, VAT category or rate, for lines taken from now on: recorded orders keep the rate they were
     * taken at.
     *
     * @throws InputRejected as for a new category; nothing changes then
     */
    public void change(String name, String vatCategory, BigDecimal rate) {
        List<InputRejected.Problem> problems = problems(name, vatCategory, rate);
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        apply(name, vatCategory, rate);
    }

    private void apply(String name, String vatCategory, BigDecimal rate) {
        this.name = name.strip();
        this.vatCategory = vatCategory.strip().toUpperCase(Locale.ROOT);
        this.rate = rate.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static List<InputRejected.Problem> problems(String name, String vatCategory, BigDecimal rate) {
        List<InputRejected.Problem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(new InputRejected.Problem("name", Phrase.of("problem.tax.name")));
        } else if (name.strip().length() > 100) {
            problems.add(new InputRejected.Problem("name", Phrase.of("problem.name2")));
        }
        String category = vatCategory == null ? "" : vatCategory.strip().toUpperCase(Locale.ROOT);
        if (!VAT_CATEGORIES.contains(category)) {
            problems.add(new InputRejected.Problem("vatCategory", Phrase.of("problem.vatCategory")));
        } else if (rate == null
                || rate.signum() < 0
                || rate.compareTo(BigDecimal.valueOf(100)) >= 0
                || rate.stripTrailingZeros().scale() > 2) {
            problems.add(new InputRejected.Problem("rate", Phrase.of("problem.rate")));
        } else if (!category.equals("S") && rate.signum() != 0) {
            problems.add(new InputRejected.Problem("rate", Phrase.of("problem.tax.zeroRate", String.valueOf(rate))));
        } else if (category.equals("S") && rate.signum() == 0) {
            problems.add(new InputRejected.Problem("rate", Phrase.of("problem.rate2")));
        }
        return problems;
    }

    /** What staff pick from: "Reduced rate (S, 5 %)". */
    public String getLabel() {
        return name + " (" + vatCategory + ", " + rate.stripTrailingZeros().toPlainString() + " %)";
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getVatCategory() {
        return vatCategory;
    }

    public BigDecimal getRate() {
        return rate;
    }
}
