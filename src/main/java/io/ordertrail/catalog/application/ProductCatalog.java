package io.ordertrail.catalog.application;

import io.ordertrail.catalog.domain.Product;
import io.ordertrail.catalog.domain.ProductDetails;
import io.ordertrail.catalog.domain.ProductWasAdded;
import io.ordertrail.catalog.domain.ProductWasChanged;
import io.ordertrail.catalog.domain.TaxCategory;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.LikePattern;
import io.ordertrail.platform.i18n.Phrase;
import io.ordertrail.security.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The catalog kept on a page by the ADMIN and the manager: products described and added, and their dated list
 * prices. A price change applies to orders taken from its day on; recorded orders keep the prices they were taken
 * with.
 */
@Stateless
@DenyAll
public class ProductCatalog {

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    Event<ProductWasAdded> productWasAdded;

    @Inject
    Event<ProductWasChanged> productWasChanged;

    /** A page of the products whose code or name contains the text, active or not, by code. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public List<Product> search(String text, int first, int size) {
        return em.createQuery(
                        "select p from Product p where lower(p.code) like :t escape '!' or lower(p.name) like :t"
                                + " escape '!' order by p.code",
                        Product.class)
                .setParameter("t", pattern(text))
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public long count(String text) {
        return em.createQuery(
                        "select count(p) from Product p where lower(p.code) like :t escape '!' or lower(p.name) like :t"
                                + " escape '!'",
                        Long.class)
                .setParameter("t", pattern(text))
                .getSingleResult();
    }

    private static String pattern(String text) {
        return LikePattern.containing(text == null ? "" : text.trim().toLowerCase(Locale.ROOT));
    }

    /**
     * Adds a product with its list price; inventory keeps a stock level for it from now on (none on hand).
     *
     * @throws InputRejected naming each wrong field, or a code or GTIN in use; nothing is stored then
     */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Product add(ProductDetails details, BigDecimal unitPrice, LocalDate priceFrom) {
        Product product = Product.create(details, unitPrice, priceFrom, clock.today());
        if (find(product.getCode()) != null) {
            throw InputRejected.because("code", Phrase.of("problem.product.exists", String.valueOf(product.getCode())));
        }
        requireGtinFree(product.getCode(), product.getGtin());
        em.persist(product);
        productWasAdded.fire(new ProductWasAdded(product));
        return product;
    }

    /** @throws InputRejected naming each wrong field, or a GTIN another product has; nothing changes then */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Product change(ProductDetails details) {
        Product product = existing(details.code());
        requireGtinFree(
                product.getCode(),
                details.gtin() == null ? null : details.gtin().trim());
        String before = describe(product);
        product.change(details);
        productWasChanged.fire(new ProductWasChanged(product.getCode(), "details", before, describe(product)));
        return product;
    }

    /** @throws InputRejected when the price or its day is wrong */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Product newPrice(String code, String currency, BigDecimal unitPrice, LocalDate from) {
        Product product = existing(code);
        product.newPrice(currency, unitPrice, from, clock.today());
        productWasChanged.fire(
                new ProductWasChanged(product.getCode(), "price", null, currency + " " + unitPrice + " from " + from));
        return product;
    }

    /** @throws InputRejected for a price in effect already */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Product withdrawPrice(String code, String currency, LocalDate from) {
        Product product = existing(code);
        product.withdrawPrice(currency, from, clock.today());
        productWasChanged.fire(
                new ProductWasChanged(product.getCode(), "price withdrawn", currency + " from " + from, null));
        return product;
    }

    /**
     * Taxes the product from now on at another of the tax categories the ADMIN keeps; recorded orders keep the rate
     * they were taken at.
     *
     * @throws InputRejected for a category that does not exist
     */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Product taxAs(String code, String taxCategory) {
        Product product = existing(code);
        TaxCategory category = taxCategory == null ? null : em.find(TaxCategory.class, taxCategory);
        if (category == null) {
            throw InputRejected.because("taxCategory", Phrase.of("problem.product.taxCategory"));
        }
        String before = product.getTaxCategory();
        if (!before.equals(category.getCode())) {
            product.taxedAs(category);
            productWasChanged.fire(
                    new ProductWasChanged(product.getCode(), "tax category", before, category.getCode()));
        }
        return product;
    }

    /** The tax categories a product can be of, by code. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public List<TaxCategory> taxCategories() {
        return em.createQuery("select t from TaxCategory t order by t.code", TaxCategory.class)
                .getResultList();
    }

    private static String describe(Product p) {
        return p.getName() + ", unit " + p.getUnitCode() + (p.getGtin() == null ? "" : ", GTIN " + p.getGtin())
                + (p.isActive() ? "" : ", inactive");
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public Product byCode(String code) {
        return existing(code);
    }

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public LocalDate today() {
        return clock.today();
    }

    private Product existing(String code) {
        Product product = find(code);
        if (product == null) {
            throw InputRejected.because("code", Phrase.of("problem.product.noSuch", String.valueOf(code)));
        }
        em.lock(product, LockModeType.PESSIMISTIC_WRITE);
        return product;
    }

    private Product find(String code) {
        return code == null
                ? null
                : em.createQuery("select p from Product p where p.code = :c", Product.class)
                        .setParameter("c", code.trim())
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
    }

    private void requireGtinFree(String code, String gtin) {
        if (gtin == null || gtin.isBlank()) {
            return;
        }
        em.createQuery("select p.code from Product p where p.gtin = :g and p.code <> :c", String.class)
                .setParameter("g", gtin)
                .setParameter("c", code)
                .getResultStream()
                .findFirst()
                .ifPresent(other -> {
                    throw InputRejected.because(
                            "gtin",
                            Phrase.of("problem.product.gtinTaken", String.valueOf(gtin), String.valueOf(other)));
                });
    }
}
