package io.ordertrail.catalog.application;

import io.ordertrail.catalog.domain.Product;
import io.ordertrail.security.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The products staff can put on an order. */
@Stateless
@DenyAll
public class Catalog {

    @PersistenceContext
    EntityManager em;

    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.INTEGRATION})
    public List<Product> activeProducts() {
        return em.createQuery("select p from Product p where p.active = true order by p.code", Product.class)
                .getResultList();
    }

    /** The active products with these codes, keyed by code; unknown or inactive codes are simply absent. */
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.INTEGRATION})
    public Map<String, Product> activeProductsByCode(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p from Product p where p.active = true and p.code in :codes", Product.class)
                .setParameter("codes", codes)
                .getResultStream()
                .collect(Collectors.toMap(Product::getCode, Function.identity()));
    }
}
