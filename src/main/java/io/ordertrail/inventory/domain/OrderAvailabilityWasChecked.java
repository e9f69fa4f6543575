package io.ordertrail.inventory.domain;

import io.ordertrail.platform.i18n.Phrase;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Inventory has checked an order version against stock: every line reserved, or some short. Fired inside the
 * transaction that consumed the handover, so the order learns the outcome exactly when the reservations commit.
 *
 * @param stockReadyOn the day the last short line's stock is expected; null when nothing is short
 * @param allCovered   false when a short line has no replenishment planned, so no day can be given
 * @param reevaluation why inventory looked at the order again after stock arrived or was planned (what came, or
 *                     what was planned); null for the check of a handover
 */
public record OrderAvailabilityWasChecked(
        String orderNumber,
        int orderVersion,
        boolean allReserved,
        List<Phrase> lineOutcomes,
        LocalDate stockReadyOn,
        boolean allCovered,
        Phrase reevaluation) {

    public OrderAvailabilityWasChecked {
        lineOutcomes = List.copyOf(lineOutcomes);
    }

    /** The outcome of reserving the order version's lines. */
    public static OrderAvailabilityWasChecked of(
            String orderNumber, int orderVersion, List<StockReservation> reservations) {
        return of(orderNumber, orderVersion, reservations, null);
    }

    /** The outcome of looking at the order version's lines again, and why. */
    public static OrderAvailabilityWasChecked reevaluated(
            String orderNumber, int orderVersion, List<StockReservation> reservations, Phrase why) {
        return of(orderNumber, orderVersion, reservations, Objects.requireNonNull(why));
    }

    private static OrderAvailabilityWasChecked of(
            String orderNumber, int orderVersion, List<StockReservation> reservations, Phrase why) {
        List<StockReservation> shortLines = reservations.stream()
                .filter(r -> r.getOutcome() == StockReservation.Outcome.SHORT)
                .toList();
        return new OrderAvailabilityWasChecked(
                orderNumber,
                orderVersion,
                shortLines.isEmpty(),
                reservations.stream().map(StockReservation::outcome).toList(),
                shortLines.stream()
                        .map(StockReservation::getExpectedOn)
                        .filter(Objects::nonNull)
                        .max(LocalDate::compareTo)
                        .orElse(null),
                shortLines.stream().allMatch(r -> r.getExpectedOn() != null),
                why);
    }
}
