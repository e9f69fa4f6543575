package io.ordertrail.inventory.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What inventory can promise each line of an order version (SOP step 7, "check product availability"). The lines
 * take the stock in their order, so two lines of one product share what is available, and what the version being
 * replaced holds counts as available again. A line the stock does not cover is short, with the day the
 * replenishments cover it; stock is only ever promised whole per line.
 *
 * <p>Inventory works the plan out twice in one transaction: from the stock as last committed, without a lock, and
 * does the order's own work with it; then again under the stock's lock, just before the commit. The stock is set
 * aside only if the two agree ({@link #agreesWith}). Otherwise another order or a stock movement changed the stock in
 * between, and the work runs again.
 *
 * @param lines one per order line, in the order's line order
 */
public record ReservationPlan(List<LineAvailability> lines) {

    /** An order line as inventory sees it. */
    public record Line(int lineNumber, String productCode, int quantity) {}

    /**
     * @param available      how many of each product the lines may take: available at the stock location, plus what
     *                       the version being replaced holds; every line's product must be in it
     * @param replenishments the replenishments expected for a product, read only for a short line
     */
    public static ReservationPlan of(
            List<Line> lines,
            Map<String, Integer> available,
            Function<String, List<Replenishment>> replenishments,
            LocalDate today) {
        Map<String, Integer> left = new HashMap<>(available);
        List<LineAvailability> planned = new ArrayList<>(lines.size());
        for (Line line : lines) {
            Integer now = left.get(line.productCode());
            if (now == null) {
                throw new IllegalArgumentException(
                        "Line " + line.lineNumber() + ": no stock known for product " + line.productCode());
            }
            LineAvailability availability = LineAvailability.of(
                    line.productCode(), line.quantity(), now, () -> replenishments.apply(line.productCode()), today);
            if (availability.inStock()) {
                left.put(line.productCode(), now - line.quantity());
            }
            planned.add(availability);
        }
        return new ReservationPlan(List.copyOf(planned));
    }

    /** Whether a plan worked out later, from fresher stock, promises every line the same. */
    public boolean agreesWith(ReservationPlan later) {
        if (lines.size() != later.lines.size()) {
            return false;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).promisesTheSameAs(later.lines.get(i))) {
                return false;
            }
        }
        return true;
    }
}
