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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
        return availability(List.of(new Wanted(productCode, quantity))).get(0);
    }

    /** A quantity of a product, as an order line asks for it. */
    public record Wanted(String productCode, int quantity) implements java.io.Serializable {}

    /**
     * The availability of each line, in the lines' order: the stock of all of them in one query, and the
     * replenishments only of a product that is short.
     */
    @RolesAllowed({Roles.SALES, Roles.INVENTORY, Roles.MANAGER, Roles.INTEGRATION})
    public List<Optional<LineAvailability>> availability(List<Wanted> lines) {
        Map<String, StockLevel> stock = stockRecords.atShippingLocation(
                lines.stream().map(Wanted::productCode).toList());
        LocalDate today = clock.today();
        return lines.stream()
                .map(line -> Optional.ofNullable(stock.get(line.productCode()))
                        .map(level -> LineAvailability.of(
                                level, line.quantity(), () -> stockRecords.replenishmentsFor(level), today)))
                .toList();
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
