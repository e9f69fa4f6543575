package io.ordertrail.inventory.application;

import io.ordertrail.inventory.domain.OrderAvailabilityWasChecked;
import io.ordertrail.inventory.domain.ShortageReevaluation;
import io.ordertrail.inventory.domain.StockLevel;
import io.ordertrail.inventory.domain.StockMovement;
import io.ordertrail.inventory.domain.StockReservation;
import io.ordertrail.inventory.domain.StockWasMoved;
import io.ordertrail.inventory.infrastructure.StockRecords;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.i18n.Phrase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The orders short of a product, looked at again when its stock arrives or a replenishment is planned, changed or
 * cancelled (SOP step 7): oldest first, lines are reserved where the stock now allows, and the others get the day
 * their stock is now expected. Each order changed hears of it through {@link OrderAvailabilityWasChecked}, in the
 * same transaction as the stock change.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ShortOrders {

    @Inject
    StockRecords stockRecords;

    @Inject
    BusinessClock clock;

    @Inject
    Event<OrderAvailabilityWasChecked> availabilityWasChecked;

    @Inject
    Event<StockWasMoved> stockWasMoved;

    /** Stock was counted, adjusted or imported: that is made known, and the orders waiting for it looked at again. */
    public Set<String> stockMoved(StockLevel stock, StockMovement movement) {
        stockWasMoved.fire(new StockWasMoved(movement));
        return reevaluate(
                stock,
                Phrase.of(
                        movement.getKind() == StockMovement.Kind.COUNT
                                ? "reevaluation.counted"
                                : "reevaluation.adjusted",
                        stock.getProduct().getCode(),
                        String.valueOf(movement.getOnHandAfter()),
                        Phrase.labelInSentence(movement.getReason())));
    }

    /**
     * @param stock locked for writing by the caller
     * @param why   what happened, as the orders' timelines will say it
     * @return the numbers of the orders whose lines changed
     */
    public Set<String> reevaluate(StockLevel stock, Phrase why) {
        List<StockReservation> changed = ShortageReevaluation.reevaluate(
                stock,
                stockRecords.waitingFor(stock),
                stockRecords.replenishmentsFor(stock),
                clock.today(),
                clock.now());
        Map<String, Integer> orders = new LinkedHashMap<>();
        changed.forEach(r -> orders.put(r.getOrderNumber(), r.getOrderVersion()));
        Set<String> told = new LinkedHashSet<>();
        orders.forEach((orderNumber, version) -> {
            List<StockReservation> ofVersion = stockRecords.reservationsOf(orderNumber).stream()
                    .filter(r -> r.getOrderVersion() == version)
                    .toList();
            availabilityWasChecked.fire(OrderAvailabilityWasChecked.reevaluated(orderNumber, version, ofVersion, why));
            told.add(orderNumber);
        });
        return told;
    }
}
