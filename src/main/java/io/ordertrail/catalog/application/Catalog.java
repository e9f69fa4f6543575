package io.ordertrail.catalog.application;

import io.ordertrail.catalog.domain.Gtin;
import io.ordertrail.catalog.domain.PricedProduct;
import io.ordertrail.catalog.domain.Product;
import io.ordertrail.catalog.domain.TaxCategory;
import io.ordertrail.platform.Money;
import io.ordertrail.security.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** The active products by code, each with its base list price on the day. */
    @RolesAllowed({Roles.SALES, Roles.MANAGER})
    public List<PricedProduct> activeProductsPricedOn(LocalDate day) {
        return activeProductsPricedOn(day, Money.BASE_CURRENCY);
    }

    /** The active products by code, each with its list price in the currency on the day (none: not orderable). */
    @RolesAllowed({Roles.SALES, Roles.MANAGER})
    public List<PricedProduct> activeProductsPricedOn(LocalDate day, String currency) {
        return activeProducts().stream()
                .map(p -> new PricedProduct(p, p.priceOn(day, currency).orElse(null), currency))
                .toList();
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

    /** The tax categories by code, with the VAT category and rate a line of a product of each is taxed at. */
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.INTEGRATION})
    public Map<String, TaxCategory> taxCategories() {
        return em.createQuery("select t from TaxCategory t", TaxCategory.class)
                .getResultStream()
                .collect(Collectors.toMap(TaxCategory::getCode, Function.identity()));
    }

    /**
     * The active product with our code, or else with this GTIN (in any of its lengths), as a buyer's system names
     * it.
     */
    @RolesAllowed(Roles.INTEGRATION)
    public Optional<Product> activeProduct(String code, String gtin) {
        if (code != null) {
            Optional<Product> byCode = em.createQuery(
                            "select p from Product p where p.code = :c and p.active = true", Product.class)
                    .setParameter("c", code)
                    .getResultStream()
                    .findFirst();
            if (byCode.isPresent()) {
                return byCode;
            }
        }
        if (gtin != null) {
            // the same number as a GTIN-8, -12, -13 or -14 (leading zeros)
            return em.createQuery(
                            "select p from Product p where p.gtin in :g and p.active = true order by p.code",
                            Product.class)
                    .setParameter("g", Gtin.forms(gtin))
                    .getResultStream()
                    .findFirst();
        }
        return Optional.empty();
    }
}
