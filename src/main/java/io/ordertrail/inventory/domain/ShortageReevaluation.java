package io.ordertrail.inventory.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Stock arrived or a replenishment was planned, changed or cancelled: the lines waiting for the product are looked at
 * again, oldest first. A line the stock now covers is reserved; for the others the day their stock is expected is
 * worked out again, each earlier waiting line taking its shortfall out of the replenishments first.
 */
public final class ShortageReevaluation {

    private ShortageReevaluation() {}

    /**
     * @param waiting        the lines waiting for this stock, oldest first
     * @param replenishments the replenishments planned for it (not cancelled)
     * @return the lines whose outcome or expected day changed
     */
    public static List<StockReservation> reevaluate(
            StockLevel stock,
            List<StockReservation> waiting,
            List<Replenishment> replenishments,
            LocalDate today,
            Instant now) {
        List<StockReservation> changed = new ArrayList<>();
        List<StockReservation> stillShort = new ArrayList<>();
        for (StockReservation line : waiting) { // first the lines the stock covers now, oldest first
            if (!line.isWaitingForStock()) {
                continue;
            }
            if (line.getQuantity() <= stock.available()) {
                line.reserveNow(stock, now);
                changed.add(line);
            } else {
                stillShort.add(line);
            }
        }
        int available = Math.max(stock.available(), 0);
        int needed = 0; // what the waiting lines need, in order: the stock left first, then the replenishments
        for (StockReservation line : stillShort) {
            needed += line.getQuantity();
            LocalDate expected = ReplenishmentPlan.coveredOn(needed - available, replenishments, today)
                    .orElse(null);
            if (line.expectNow(available, expected)) {
                changed.add(line);
            }
        }
        return changed;
    }
}
