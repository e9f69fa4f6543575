package io.ordertrail.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordertrail.customers.domain.VatTreatment;
import io.ordertrail.orders.domain.TaxBreakdown.Subtotal;
import io.ordertrail.orders.domain.TaxBreakdown.TaxableLine;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * VAT for domestic, reverse-charge and exempt customers, rounded per document and per line. The rules are EN 16931-1
 * (the European norm for e-invoices, whose UBL binding the OrderResponse follows): each line's net amount rounded to
 * the currency's decimals before it is summed (BR-CO-10); a rate's VAT = its taxable amount × rate / 100, rounded
 * half up (BR-CO-17, BR-S-09); VAT total = Σ the rates' VAT (BR-CO-14); gross = net + VAT (BR-CO-15). Rounding per
 * line instead is the method HMRC VAT Notice 700, section 17.5, allows. Every expected amount below is worked out by
 * hand in the comment next to it.
 */
class TaxBreakdownTest {

    private static final Currency GBP = Currency.getInstance("GBP");
    private static final Currency JPY = Currency.getInstance("JPY");

    /** The worked example: three products at 20 % and one at 5 %. */
    private static final List<TaxableLine> ORDER = List.of(
            line(3, "0.99", "S", "20"), //   3 × 0.99  =  2.97
            line(1, "10.05", "S", "20"), //  1 × 10.05 = 10.05
            line(3, "0.333", "S", "20"), //  3 × 0.333 =  0.999, rounded to 1.00 before it is summed (BR-CO-10)
            line(7, "1.15", "S", "5")); //   7 × 1.15  =  8.05

    @Test
    void aDomesticCustomerPaysEachRateOnItsTaxableAmountRoundedOncePerRate() {
        TaxBreakdown breakdown = TaxBreakdown.of(GBP, VatTreatment.DOMESTIC, VatRounding.PER_DOCUMENT, ORDER);

        assertThat(breakdown.subtotals())
                .containsExactly(
                        // 2.97 + 10.05 + 1.00 = 14.02; × 20 / 100 = 2.804 → 2.80
                        subtotal("S", "20", "14.02", "2.80", null),
                        // 8.05 × 5 / 100 = 0.4025 → 0.40
                        subtotal("S", "5", "8.05", "0.40", null));
        assertThat(breakdown.net()).isEqualTo("22.07"); // 14.02 + 8.05
        assertThat(breakdown.tax()).isEqualTo("3.20"); //  2.80 + 0.40
        assertThat(breakdown.gross()).isEqualTo("25.27"); // 22.07 + 3.20
    }

    @Test
    void roundedPerLineTheLinesVatMayComeToACentMoreThanRoundedPerRate() {
        TaxBreakdown breakdown = TaxBreakdown.of(GBP, VatTreatment.DOMESTIC, VatRounding.PER_LINE, ORDER);

        // 2.97 × 20 % = 0.594 → 0.59; 10.05 × 20 % = 2.01; 1.00 × 20 % = 0.20: 2.80 as before
        // 8.05 × 5 % = 0.4025 → 0.40
        assertThat(breakdown.tax()).isEqualTo("3.20");

        List<TaxableLine> pennies =
                List.of(line(1, "0.03", "S", "20"), line(1, "0.03", "S", "20"), line(1, "0.03", "S", "20"));
        // per line: 0.03 × 20 % = 0.006 → 0.01, three times: 0.03
        assertThat(TaxBreakdown.of(GBP, VatTreatment.DOMESTIC, VatRounding.PER_LINE, pennies)
                        .tax())
                .isEqualTo("0.03");
        // per document: 0.09 × 20 % = 0.018 → 0.02
        assertThat(TaxBreakdown.of(GBP, VatTreatment.DOMESTIC, VatRounding.PER_DOCUMENT, pennies)
                        .tax())
                .isEqualTo("0.02");
    }

    @Test
    void halfACentIsRoundedUpNotToEven() {
        // 0.10 × 5 % = 0.005 → 0.01 (half up; banker's rounding would give 0.00)
        assertThat(TaxBreakdown.of(
                                GBP,
                                VatTreatment.DOMESTIC,
                                VatRounding.PER_DOCUMENT,
                                List.of(line(1, "0.10", "S", "5")))
                        .tax())
                .isEqualTo("0.01");
    }

    @Test
    void aCurrencyWithoutDecimalsIsRoundedToWholeUnits() {
        List<TaxableLine> yen =
                List.of(line(1, "333", "S", "10"), line(1, "333", "S", "10"), line(1, "333", "S", "10"));

        TaxBreakdown perDocument = TaxBreakdown.of(JPY, VatTreatment.DOMESTIC, VatRounding.PER_DOCUMENT, yen);
        TaxBreakdown perLine = TaxBreakdown.of(JPY, VatTreatment.DOMESTIC, VatRounding.PER_LINE, yen);

        assertThat(perDocument.tax()).isEqualTo("100"); // 999 × 10 % = 99.9 → 100
        assertThat(perDocument.gross()).isEqualTo("1099");
        assertThat(perLine.tax()).isEqualTo("99"); // 33.3 → 33, three times
        assertThat(perLine.gross()).isEqualTo("1098");
    }

    @Test
    void anEuBusinessCustomerWithAVatIdIsChargedNoVatAndTheReasonIsStated() {
        TaxBreakdown breakdown = TaxBreakdown.of(GBP, VatTreatment.REVERSE_CHARGE, VatRounding.PER_DOCUMENT, ORDER);

        assertThat(breakdown.subtotals())
                .containsExactly(subtotal(
                        "K", "0", "22.07", "0.00", "Intra-community supply: VAT reverse charged to the buyer"));
        assertThat(breakdown.tax()).isEqualTo("0.00");
        assertThat(breakdown.gross()).isEqualTo(breakdown.net()).isEqualTo("22.07");
    }

    @Test
    void anExemptCustomerIsChargedNoVat() {
        TaxBreakdown breakdown = TaxBreakdown.of(GBP, VatTreatment.EXEMPT, VatRounding.PER_LINE, ORDER);

        assertThat(breakdown.subtotals()).containsExactly(subtotal("E", "0", "22.07", "0.00", "Exempt from VAT"));
        assertThat(breakdown.gross()).isEqualTo("22.07");
    }

    @Test
    void aZeroRatedProductIsItsOwnLineInTheBreakdownAndTheSameRateWrittenTwoWaysIsOne() {
        TaxBreakdown breakdown = TaxBreakdown.of(
                GBP,
                VatTreatment.DOMESTIC,
                VatRounding.PER_DOCUMENT,
                List.of(line(2, "4.50", "Z", "0"), line(1, "1.00", "S", "20.00"), line(1, "2.00", "S", "20")));

        assertThat(breakdown.subtotals())
                .containsExactly(
                        subtotal("Z", "0", "9.00", "0.00", null),
                        // 1.00 + 2.00 = 3.00; × 20 % = 0.60
                        subtotal("S", "20", "3.00", "0.60", null));
        assertThat(breakdown.gross()).isEqualTo("12.60");
    }

    @Test
    void aNegativeRateOrAnEmptyLineIsRefused() {
        assertThatThrownBy(() -> line(1, "1.00", "S", "-5")).hasMessageContaining("cannot be negative");
        assertThatThrownBy(() -> line(0, "1.00", "S", "20")).hasMessageContaining("at least 1");
    }

    private static TaxableLine line(int quantity, String price, String category, String rate) {
        return new TaxableLine(quantity, new BigDecimal(price), category, new BigDecimal(rate));
    }

    private static Subtotal subtotal(String category, String rate, String taxable, String tax, String reason) {
        return new Subtotal(
                category,
                new BigDecimal(rate).stripTrailingZeros(),
                new BigDecimal(taxable),
                new BigDecimal(tax),
                reason);
    }
}
