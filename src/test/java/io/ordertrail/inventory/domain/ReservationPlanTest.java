package io.ordertrail.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordertrail.catalog.domain.Product;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * SOP step 7, inventory checks availability: the lines of an order share the stock, and a reservation stands only if
 * a second look under the stock's lock promises the same as the first.
 */
class ReservationPlanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final Product ROLLER = new Product("RLR-230", "Paint roller", new BigDecimal("12.40"), "EA");
    private static final Function<String, List<Replenishment>> NOTHING_COMING = code -> List.of();

    private static ReservationPlan plan(int available, List<ReservationPlan.Line> lines) {
        return ReservationPlan.of(lines, Map.of("RLR-230", available), NOTHING_COMING, TODAY);
    }

    private static List<ReservationPlan.Line> rollers(int... quantities) {
        return java.util.stream.IntStream.range(0, quantities.length)
                .mapToObj(i -> new ReservationPlan.Line(i + 1, "RLR-230", quantities[i]))
                .toList();
    }

    @Test
    void twoLinesOfOneProductShareItsStockInLineOrder() {
        ReservationPlan plan = plan(10, rollers(6, 6));

        assertThat(plan.lines().get(0).inStock()).isTrue();
        assertThat(plan.lines().get(1).inStock()).isFalse();
        assertThat(plan.lines().get(1).available())
                .as("the second line sees what the first left")
                .isEqualTo(4);
    }

    @Test
    void aShortLineLeavesTheStockToTheLinesAfterIt() {
        ReservationPlan plan = plan(5, rollers(6, 5));

        assertThat(plan.lines()).extracting(LineAvailability::inStock).containsExactly(false, true);
    }

    @Test
    void replenishmentsAreReadOnlyForAShortLine() {
        Function<String, List<Replenishment>> refused = code -> {
            throw new AssertionError("replenishments of " + code + " read for a line in stock");
        };
        ReservationPlan inStock = ReservationPlan.of(rollers(3), Map.of("RLR-230", 3), refused, TODAY);
        ReservationPlan shortOne = ReservationPlan.of(
                rollers(4),
                Map.of("RLR-230", 3),
                code -> List.of(new Replenishment(ROLLER, "MAIN", 10, TODAY.plusDays(3))),
                TODAY);

        assertThat(inStock.lines().get(0).inStock()).isTrue();
        assertThat(shortOne.lines().get(0).expectedOn()).isEqualTo(TODAY.plusDays(3));
    }

    @Test
    void aLineInStockPromisesTheSameThoughOthersTookSomeMeanwhile() {
        ReservationPlan first = plan(10, rollers(6));

        assertThat(first.agreesWith(plan(7, rollers(6)))).isTrue();
        assertThat(first.agreesWith(plan(5, rollers(6))))
                .as("another order took what this line needs")
                .isFalse();
    }

    @Test
    void aShortLinePromisesTheSameOnlyWithTheSameStockAndTheSameDayExpected() {
        Map<String, Integer> three = Map.of("RLR-230", 3);
        ReservationPlan first = ReservationPlan.of(rollers(5), three, NOTHING_COMING, TODAY);

        assertThat(first.agreesWith(ReservationPlan.of(rollers(5), three, NOTHING_COMING, TODAY)))
                .isTrue();
        assertThat(first.agreesWith(plan(2, rollers(5))))
                .as("it would say 2 available, not 3")
                .isFalse();
        assertThat(first.agreesWith(plan(5, rollers(5))))
                .as("stock arrived: the line can be reserved")
                .isFalse();
        assertThat(first.agreesWith(ReservationPlan.of(
                        rollers(5),
                        three,
                        code -> List.of(new Replenishment(ROLLER, "MAIN", 2, TODAY.plusDays(1))),
                        TODAY)))
                .as("a replenishment was planned meanwhile")
                .isFalse();
    }

    @Test
    void aLineForAProductWithoutStockIsRefused() {
        List<ReservationPlan.Line> brush = List.of(new ReservationPlan.Line(2, "BRS-50", 1));

        assertThatThrownBy(() -> ReservationPlan.of(brush, Map.of("RLR-230", 3), NOTHING_COMING, TODAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Line 2")
                .hasMessageContaining("BRS-50");
    }
}
