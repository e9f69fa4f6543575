package io.ordertrail.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordertrail.catalog.domain.Product;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShortageReevaluationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    private final Product product = new Product("RPL-1", "Wall plug", "C62");
    private final StockLevel stock = new StockLevel(product, "MAIN", 0);

    private StockReservation shortLine(String order, int quantity) {
        StockReservation line = StockReservation.of(
                order, 1, 1, stock.getLocation(), LineAvailability.of(stock, quantity, () -> List.of(), TODAY), NOW);
        assertThat(line.isWaitingForStock()).isTrue();
        return line;
    }

    @Test
    void eachWaitingLineTakesItsShareOfThePlannedStockOldestFirst() {
        StockReservation oldest = shortLine("ORD-1", 60);
        StockReservation next = shortLine("ORD-2", 50);
        StockReservation last = shortLine("ORD-3", 10);
        List<Replenishment> plan = List.of(
                new Replenishment(product, "MAIN", 100, TODAY.plusDays(5)),
                new Replenishment(product, "MAIN", 100, TODAY.plusDays(12)));

        List<StockReservation> changed =
                ShortageReevaluation.reevaluate(stock, List.of(oldest, next, last), plan, TODAY, NOW);

        assertThat(changed).containsExactly(oldest, next, last);
        assertThat(oldest.getExpectedOn()).isEqualTo(TODAY.plusDays(5));
        assertThat(next.getExpectedOn())
                .as("60 + 50 is more than the first 100")
                .isEqualTo(TODAY.plusDays(12));
        assertThat(last.getExpectedOn()).isEqualTo(TODAY.plusDays(12));
        assertThat(ShortageReevaluation.reevaluate(stock, List.of(oldest, next, last), plan, TODAY, NOW))
                .as("nothing new: nothing changes")
                .isEmpty();
    }

    @Test
    void stockThatArrivedIsReservedForTheLinesItCoversAndTheRestWait() {
        StockReservation oldest = shortLine("ORD-1", 30);
        StockReservation big = shortLine("ORD-2", 500);
        StockReservation small = shortLine("ORD-3", 15);
        stock.count(50);

        List<StockReservation> changed =
                ShortageReevaluation.reevaluate(stock, List.of(oldest, big, small), List.of(), TODAY, NOW);

        assertThat(changed).containsExactlyInAnyOrder(oldest, small);
        assertThat(oldest.getOutcome()).isEqualTo(StockReservation.Outcome.RESERVED);
        assertThat(small.getOutcome()).isEqualTo(StockReservation.Outcome.RESERVED);
        assertThat(big.isWaitingForStock()).isTrue();
        assertThat(big.getExpectedOn()).as("nothing planned").isNull();
        assertThat(stock.available()).isEqualTo(5);
    }
}
