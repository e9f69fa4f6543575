package io.ordertrail.catalog.web;

import io.ordertrail.catalog.application.TaxRates;
import io.ordertrail.catalog.domain.TaxCategory;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.web.Messages;
import io.ordertrail.platform.web.PageLanguage;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The ADMIN's page of tax categories and their rates: add one, or change one for orders taken from now on. */
@Named
@ViewScoped
public class TaxCategoriesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "taxForm";

    @Inject
    TaxRates taxRates;

    private List<TaxCategory> categories;
    private Map<String, Long> products;
    private String editing; // the code of the category being changed; null while adding one
    private String code;
    private String name;
    private String vatCategory = "S";
    private BigDecimal rate;

    @PostConstruct
    public void refresh() {
        categories = taxRates.all();
        products = taxRates.productsByCategory();
    }

    public void save() {
        try {
            if (editing == null) {
                TaxCategory added = taxRates.add(code, name, vatCategory, rate);
                Messages.infoOnThisPage(PageLanguage.texts().get("tax.added", added.getLabel()));
            } else {
                TaxCategory changed = taxRates.change(editing, name, vatCategory, rate);
                Messages.infoOnThisPage(PageLanguage.texts().get("tax.changed", changed.getCode(), changed.getLabel()));
            }
            clear();
        } catch (InputRejected rejected) {
            Messages.errors(FORM, rejected.getProblems());
        }
        refresh();
    }

    public void edit(TaxCategory category) {
        editing = category.getCode();
        code = category.getCode();
        name = category.getName();
        vatCategory = category.getVatCategory();
        rate = category.getRate();
    }

    public void clear() {
        editing = null;
        code = null;
        name = null;
        vatCategory = "S";
        rate = null;
    }

    public long productsOf(TaxCategory category) {
        return products.getOrDefault(category.getCode(), 0L);
    }

    public List<TaxCategory> getCategories() {
        return categories;
    }

    public String getEditing() {
        return editing;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getVatCategory() {
        return vatCategory;
    }

    public void setVatCategory(String vatCategory) {
        this.vatCategory = vatCategory;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public void setRate(BigDecimal rate) {
        this.rate = rate;
    }
}
