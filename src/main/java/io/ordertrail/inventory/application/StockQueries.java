package io.ordertrail.inventory.application;

import io.ordertrail.inventory.domain.LineAvailability;
import io.ordertrail.inventory.domain.StockLevel;
import io.ordertrail.inventory.infrastructure.StockRecords;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.security.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.util.Optional;

/** How much of a product is on hand, reserved and available where orders ship from, and when more comes. */
@Stateless
@DenyAll
public class StockQueries {

    @Inject
    BusinessClock clock;

    @Inject
    StockRecords stockRecords;

    /** Whether the quantity can be promised now, and if not, when more is expected; empty for no stock record. */
    @RolesAllowed({Roles.SALES, Roles.INVENTORY, Roles.MANAGER, Roles.INTEGRATION})
    public Optional<LineAvailability> availability(String productCode, int quantity) {
        return atShippingLocation(productCode)
                .map(stock ->
                        LineAvailability.of(stock, quantity, stockRecords.replenishmentsFor(stock), clock.today()));
    }

    /** What inventory did for each line of each version of the order, oldest first. */
    @RolesAllowed({Roles.SALES, Roles.INVENTORY, Roles.MANAGER})
    public java.util.List<io.ordertrail.inventory.domain.StockReservation> reservationsOf(String orderNumber) {
        return stockRecords.reservationsOf(orderNumber);
    }

    @RolesAllowed({Roles.SALES, Roles.INVENTORY, Roles.MANAGER})
    public Optional<StockLevel> atShippingLocation(String productCode) {
        return stockRecords.atShippingLocation(productCode, LockModeType.NONE);
    }
}
