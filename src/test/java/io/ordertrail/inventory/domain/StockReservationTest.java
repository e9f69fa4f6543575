package io.ordertrail.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordertrail.catalog.domain.Product;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SOP section 3, inventory checks availability: reserve what is there, say when the rest comes. */
class StockReservationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private final Product roller = new Product("RLR-230", "Paint roller", new BigDecimal("12.40"), "EA");

    private static StockReservation lineOf(
            String order, int lineNumber, StockLevel stock, int quantity, List<Replenishment> coming) {
        return StockReservation.of(
                order,
                1,
                lineNumber,
                stock.getLocation(),
                LineAvailability.of(stock, quantity, () -> coming, TODAY),
                NOW);
    }

    @Test
    void aLineWithEnoughStockIsReservedAndTheNextOrderSeesLess() {
        StockLevel stock = new StockLevel(roller, "MAIN", 10);

        StockReservation first = lineOf("ORD-2026-000001", 1, stock, 6, List.of());
        first.setAside(stock);

        assertThat(first.getOutcome()).isEqualTo(StockReservation.Outcome.RESERVED);
        assertThat(stock.available()).isEqualTo(4);
        assertThat(first.describe()).isEqualTo("RLR-230: 6 reserved");
    }

    @Test
    void aShortLineReservesNothingAndNamesTheDayTheReplenishmentsCoverIt() {
        StockLevel stock = new StockLevel(roller, "MAIN", 3);
        List<Replenishment> coming = List.of(
                new Replenishment(roller, "MAIN", 2, TODAY.plusDays(2)),
                new Replenishment(roller, "MAIN", 10, TODAY.plusDays(9)));

        StockReservation line = lineOf("ORD-2026-000002", 1, stock, 7, coming);
        line.setAside(stock);

        assertThat(line.getOutcome()).isEqualTo(StockReservation.Outcome.SHORT);
        assertThat(line.getAvailableQuantity()).isEqualTo(3);
        assertThat(line.getExpectedOn())
                .as("2 on day 2 are not enough for the 4 missing")
                .isEqualTo(TODAY.plusDays(9));
        assertThat(stock.available())
                .as("nothing is set aside for a short line")
                .isEqualTo(3);
        assertThat(line.describe()).isEqualTo("RLR-230: short by 4 (3 available), more expected 2026-12-05");
    }

    @Test
    void aShortageWithNothingOnItsWaySaysSo() {
        StockLevel empty = new StockLevel(roller, "MAIN", 0);

        StockReservation line = lineOf("ORD-2026-000003", 2, empty, 1, List.of());

        assertThat(line.getExpectedOn()).isNull();
        assertThat(line.describe()).endsWith("no replenishment planned");
    }

    @Test
    void aLineIsSetAsideOnlyInTheStockItWasPlannedFrom() {
        StockReservation line = lineOf("ORD-2026-000004", 1, new StockLevel(roller, "MAIN", 10), 2, List.of());
        StockLevel elsewhere = new StockLevel(roller, "NORTH", 10);

        assertThatThrownBy(() -> line.setAside(elsewhere))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not RLR-230 at NORTH");
        assertThat(elsewhere.available()).isEqualTo(10);
    }

    @Test
    void stockIsNeverPromisedTwiceNorReleasedBeyondWhatWasReserved() {
        StockLevel stock = new StockLevel(roller, "MAIN", 5);
        stock.reserve(5);

        assertThatThrownBy(() -> stock.reserve(1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 available");
        stock.release(2);
        assertThat(stock.available()).isEqualTo(2);
        assertThatThrownBy(() -> stock.release(4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void replenishmentsDueBeforeTodayDoNotCount() {
        List<Replenishment> coming = List.of(
                new Replenishment(roller, "MAIN", 50, TODAY.minusDays(1)),
                new Replenishment(roller, "MAIN", 50, TODAY));

        assertThat(ReplenishmentPlan.coveredOn(60, coming, TODAY)).isEmpty();
        assertThat(ReplenishmentPlan.coveredOn(50, coming, TODAY)).contains(TODAY);
    }
}
