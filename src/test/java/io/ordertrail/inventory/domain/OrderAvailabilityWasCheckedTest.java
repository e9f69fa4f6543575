package io.ordertrail.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordertrail.catalog.domain.Product;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What inventory tells the order after reserving it: all reserved, or when the last short line is covered. */
class OrderAvailabilityWasCheckedTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private final Product roller = new Product("RLR-230", "Paint roller", new BigDecimal("12.40"), "EA");
    private final Product tape = new Product("TAP-MSK-50", "Masking tape", new BigDecimal("6.20"), "EA");

    private StockReservation line(Product product, int onHand, int wanted, List<Replenishment> coming) {
        StockLevel stock = new StockLevel(product, "MAIN", onHand);
        StockReservation line = StockReservation.of(
                "ORD-2026-000009", 2, 1, "MAIN", LineAvailability.of(stock, wanted, () -> coming, TODAY), NOW);
        line.setAside(stock);
        return line;
    }

    @Test
    void everyLineReservedNamesNoDay() {
        OrderAvailabilityWasChecked checked = OrderAvailabilityWasChecked.of(
                "ORD-2026-000009", 2, List.of(line(roller, 10, 4, List.of()), line(tape, 5, 5, List.of())));

        assertThat(checked.allReserved()).isTrue();
        assertThat(checked.allCovered()).isTrue();
        assertThat(checked.stockReadyOn()).isNull();
        assertThat(checked.lineOutcomes().stream().map(Object::toString))
                .containsExactly("RLR-230: 4 reserved", "TAP-MSK-50: 5 reserved");
    }

    @Test
    void shortLinesNameTheDayTheLastOfThemIsCovered() {
        OrderAvailabilityWasChecked checked = OrderAvailabilityWasChecked.of(
                "ORD-2026-000009",
                2,
                List.of(
                        line(roller, 1, 4, List.of(new Replenishment(roller, "MAIN", 10, TODAY.plusDays(3)))),
                        line(tape, 0, 5, List.of(new Replenishment(tape, "MAIN", 10, TODAY.plusDays(8)))),
                        line(roller, 10, 2, List.of())));

        assertThat(checked.allReserved()).isFalse();
        assertThat(checked.allCovered()).isTrue();
        assertThat(checked.stockReadyOn()).isEqualTo(TODAY.plusDays(8));
        assertThat(checked.orderVersion()).isEqualTo(2);
    }

    @Test
    void aShortLineWithNothingComingLeavesTheOrderUncovered() {
        OrderAvailabilityWasChecked checked = OrderAvailabilityWasChecked.of(
                "ORD-2026-000009",
                2,
                List.of(
                        line(roller, 1, 4, List.of(new Replenishment(roller, "MAIN", 10, TODAY.plusDays(3)))),
                        line(tape, 0, 5, List.of())));

        assertThat(checked.allReserved()).isFalse();
        assertThat(checked.allCovered()).isFalse();
        assertThat(checked.stockReadyOn()).isEqualTo(TODAY.plusDays(3));
    }
}
