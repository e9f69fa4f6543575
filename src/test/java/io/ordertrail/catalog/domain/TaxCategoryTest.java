package io.ordertrail.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordertrail.platform.InputRejected;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The tax categories the ADMIN configures: a rate that fits its VAT category, or a message saying what to fix. */
class TaxCategoryTest {

    @Test
    void aReducedRateIsAStandardCategoryWithItsRateToTwoDecimals() {
        TaxCategory reduced = new TaxCategory(" reduced ", " Reduced rate ", "s", new BigDecimal("5"));

        assertThat(reduced.getCode()).isEqualTo("REDUCED");
        assertThat(reduced.getName()).isEqualTo("Reduced rate");
        assertThat(reduced.getVatCategory()).isEqualTo("S");
        assertThat(reduced.getRate()).isEqualTo("5.00");
    }

    @Test
    void aRateThatDoesNotFitItsCategoryIsRefusedSayingWhatToUse() {
        assertThatThrownBy(() -> new TaxCategory("ZERO", "Zero", "Z", new BigDecimal("7")))
                .isInstanceOf(InputRejected.class)
                .hasMessageContaining("use S for 7 %");
        assertThatThrownBy(() -> new TaxCategory("STD", "Standard", "S", BigDecimal.ZERO))
                .hasMessageContaining("use Z for 0 %");
        assertThatThrownBy(() -> new TaxCategory("ODD", "Odd", "S", new BigDecimal("5.125")))
                .hasMessageContaining("at most two decimals");
        assertThatThrownBy(() -> new TaxCategory("RC", "Reverse charge", "K", BigDecimal.ZERO))
                .hasMessageContaining("Choose S (standard or reduced rate), Z (zero-rated) or E (exempt)");
    }

    @Test
    void everyProblemIsSaidAtOnce() {
        assertThatThrownBy(() -> new TaxCategory("", " ", "S", new BigDecimal("120")))
                .isInstanceOfSatisfying(
                        InputRejected.class,
                        rejected -> assertThat(rejected.getProblems())
                                .extracting(InputRejected.Problem::field)
                                .containsExactly("code", "name", "rate"));
    }
}
