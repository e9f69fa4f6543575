package io.ordertrail.inventory.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** When a shortfall will be covered by the replenishments on their way, if it will be at all. */
public final class ReplenishmentPlan {

    private ReplenishmentPlan() {}

    /**
     * The first day by which the replenishments expected on or after {@code today} add up to the shortfall;
     * empty when they never do.
     */
    public static Optional<LocalDate> coveredOn(int shortfall, List<Replenishment> replenishments, LocalDate today) {
        int arriving = 0;
        for (Replenishment r : replenishments.stream()
                .filter(r -> !r.getExpectedOn().isBefore(today))
                .sorted(Comparator.comparing(Replenishment::getExpectedOn))
                .toList()) {
            arriving += r.getQuantity();
            if (arriving >= shortfall) {
                return Optional.of(r.getExpectedOn());
            }
        }
        return Optional.empty();
    }
}
