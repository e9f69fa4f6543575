package io.ordertrail.inventory.application;

import io.ordertrail.inventory.domain.LineAvailability;
import io.ordertrail.inventory.domain.Replenishment;
import io.ordertrail.inventory.domain.StockLevel;
import io.ordertrail.security.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.Optional;

/** How much of a product is on hand, reserved and available where orders ship from, and when more comes. */
@Stateless
@DenyAll
public class StockQueries {

    @PersistenceContext
    EntityManager em;

    /** Whether the quantity can be promised now, and if not, when more is expected; empty for no stock record. */
    @RolesAllowed({Roles.SALES, Roles.INVENTORY, Roles.MANAGER})
    public Optional<LineAvailability> availability(String productCode, int quantity) {
        return atShippingLocation(productCode).map(stock -> LineAvailability.of(stock, quantity,
                em.createQuery("select r from Replenishment r where r.product = :product and r.location = :location",
                                Replenishment.class)
                        .setParameter("product", stock.getProduct())
                        .setParameter("location", InventoryReservations.SHIPPING_LOCATION)
                        .getResultList(),
                LocalDate.now()));
    }

    @RolesAllowed({Roles.SALES, Roles.INVENTORY, Roles.MANAGER})
    public Optional<StockLevel> atShippingLocation(String productCode) {
        return em.createQuery("select s from StockLevel s where s.product.code = :code and s.location = :location",
                        StockLevel.class)
                .setParameter("code", productCode)
                .setParameter("location", InventoryReservations.SHIPPING_LOCATION)
                .getResultStream().findFirst();
    }
}
