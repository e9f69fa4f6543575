package io.ordertrail.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Prices with effective dates: the price of a day is the latest one effective on it. */
class ProductTest {

    @Test
    void thePriceOfADayIsTheLatestEffectiveOnIt() {
        Product paint = new Product("PAINT", "Paint", "EA");
        paint.priceFrom(LocalDate.of(2026, 1, 1), new BigDecimal("10.00"));
        paint.priceFrom(LocalDate.of(2026, 12, 1), new BigDecimal("11.50"));

        assertThat(paint.priceOn(LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(paint.priceOn(LocalDate.of(2026, 11, 30))).contains(new BigDecimal("10.00"));
        assertThat(paint.priceOn(LocalDate.of(2026, 12, 1))).contains(new BigDecimal("11.50"));
    }

    @Test
    void aPriceForTheSameDayReplacesTheEarlierOne() {
        Product paint = new Product("PAINT", "Paint", new BigDecimal("10.00"), "EA");
        paint.priceFrom(Product.ALWAYS, new BigDecimal("9.00"));
        assertThat(paint.getPrices()).hasSize(1);
        assertThat(paint.priceOn(LocalDate.of(2026, 11, 30)).orElseThrow()).isEqualByComparingTo("9.00");
    }
}
