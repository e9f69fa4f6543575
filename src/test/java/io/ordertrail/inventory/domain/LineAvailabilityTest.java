package io.ordertrail.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordertrail.catalog.domain.Product;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SOP step 2: availability is stock minus what other orders have reserved. */
class LineAvailabilityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private final Product primer = new Product("PNT-PRM-05", "Wood primer", new BigDecimal("54.50"), "EA");

    @Test
    void whatOtherOrdersReservedIsNotAvailable() {
        StockLevel stock = new StockLevel(primer, "MAIN", 60);
        stock.reserve(55);

        LineAvailability five = LineAvailability.of(stock, 5, () -> List.of(), TODAY);
        LineAvailability six = LineAvailability.of(
                stock, 6, () -> List.of(new Replenishment(primer, "MAIN", 100, TODAY.plusDays(3))), TODAY);

        assertThat(five.inStock()).isTrue();
        assertThat(five.describe()).isEqualTo("In stock (5 available)");
        assertThat(six.inStock()).isFalse();
        assertThat(six.describe()).isEqualTo("Short: 5 available, more expected 2026-11-29");
    }
}
