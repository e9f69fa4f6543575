package io.ordertrail.customers.domain;

/**
 * How VAT applies to what a customer orders. The category each treatment gives a line is a UN/CEFACT 5305 code, as
 * EN 16931 and UBL's {@code cac:TaxCategory/cbc:ID} use them.
 */
public enum VatTreatment {

    /** VAT at the rate of each product's tax category (standard, reduced, zero). */
    DOMESTIC("Domestic: VAT at each product's rate", null, null),

    /**
     * A business in another EU member state with a VAT id, receiving goods: no VAT is charged, the customer accounts
     * for it (reverse charge; Council Directive 2006/112/EC, Art. 138). EN 16931 category K.
     */
    REVERSE_CHARGE(
            "EU business with a VAT id: reverse charge",
            "K",
            "Intra-community supply: VAT reverse charged to the buyer"),

    /** Supplies to this customer are exempt from VAT (a charity, say, or a supply outside the scope). Category E. */
    EXEMPT("Exempt from VAT", "E", "Exempt from VAT");

    private final String label;
    private final String category;
    private final String reason;

    VatTreatment(String label, String category, String reason) {
        this.label = label;
        this.category = category;
        this.reason = reason;
    }

    public String getLabel() {
        return label;
    }

    /** The category every line gets under this treatment; null when each product's own category applies. */
    public String category() {
        return category;
    }

    /** Why no VAT is charged, as a confirmation and an OrderResponse state it (EN 16931 BT-120); null for DOMESTIC. */
    public String exemptionReason() {
        return reason;
    }
}
