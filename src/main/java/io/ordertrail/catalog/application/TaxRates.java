package io.ordertrail.catalog.application;

import io.ordertrail.catalog.domain.TaxCategory;
import io.ordertrail.catalog.domain.TaxCategoryWasChanged;
import io.ordertrail.platform.InputRejected;
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
import java.util.List;
import java.util.Locale;

/**
 * The tax categories the ADMIN keeps: each a VAT category (S, Z or E) and a rate, which every product of it is taxed
 * at on orders taken from then on. An order keeps the category and rate of each line as it was taken, so a change of
 * rate never alters a recorded order. Every change goes to the audit trail.
 */
@Stateless
@DenyAll
public class TaxRates {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<TaxCategoryWasChanged> taxCategoryWasChanged;

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public List<TaxCategory> all() {
        return em.createQuery("select t from TaxCategory t order by t.code", TaxCategory.class)
                .getResultList();
    }

    /** How many products are of each category, by code. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public java.util.Map<String, Long> productsByCategory() {
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        for (Object[] row : em.createQuery(
                        "select p.taxCategory, count(p) from Product p group by p.taxCategory", Object[].class)
                .getResultList()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }

    /**
     * A new category, such as a second reduced rate.
     *
     * @throws InputRejected naming each wrong field, or the code another category has; nothing is stored then
     */
    @RolesAllowed(Roles.ADMIN)
    public TaxCategory add(String code, String name, String vatCategory, BigDecimal rate) {
        TaxCategory category = new TaxCategory(code, name, vatCategory, rate);
        if (em.find(TaxCategory.class, category.getCode()) != null) {
            throw InputRejected.because("code", Phrase.of("problem.tax.codeTaken", String.valueOf(category.getCode())));
        }
        em.persist(category);
        taxCategoryWasChanged.fire(new TaxCategoryWasChanged(category.getCode(), null, category.getLabel()));
        return category;
    }

    /**
     * Another name, VAT category or rate for a category, for orders taken from now on.
     *
     * @throws InputRejected naming each wrong field, or for a category that does not exist; nothing changes then
     */
    @RolesAllowed(Roles.ADMIN)
    public TaxCategory change(String code, String name, String vatCategory, BigDecimal rate) {
        TaxCategory category = code == null
                ? null
                : em.find(TaxCategory.class, code.strip().toUpperCase(Locale.ROOT), LockModeType.PESSIMISTIC_WRITE);
        if (category == null) {
            throw InputRejected.because("code", Phrase.of("problem.tax.noSuchCode", String.valueOf(code)));
        }
        String before = category.getLabel();
        category.change(name, vatCategory, rate);
        if (!before.equals(category.getLabel())) {
            taxCategoryWasChanged.fire(new TaxCategoryWasChanged(category.getCode(), before, category.getLabel()));
        }
        return category;
    }
}
