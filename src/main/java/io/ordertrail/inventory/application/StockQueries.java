package io.ordertrail.inventory.application;

import io.ordertrail.inventory.domain.StockLevel;
import io.ordertrail.security.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** How much of a product is on hand, reserved and available where orders ship from. */
@Stateless
@DenyAll
public class StockQueries {

    @PersistenceContext
    EntityManager em;

    @RolesAllowed({Roles.SALES, Roles.INVENTORY, Roles.MANAGER})
    public Optional<StockLevel> atShippingLocation(String productCode) {
        return em.createQuery("select s from StockLevel s where s.product.code = :code and s.location = :location",
                        StockLevel.class)
                .setParameter("code", productCode)
                .setParameter("location", InventoryReservations.SHIPPING_LOCATION)
                .getResultStream().findFirst();
    }
}
