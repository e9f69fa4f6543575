package io.ordertrail.catalog.web;

import io.ordertrail.catalog.application.ProductCatalog;
import io.ordertrail.catalog.domain.Price;
import io.ordertrail.catalog.domain.Product;
import io.ordertrail.catalog.domain.ProductDetails;
import io.ordertrail.catalog.domain.TaxCategory;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.Money;
import io.ordertrail.platform.web.Messages;
import io.ordertrail.platform.web.PageLanguage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The products page: search the catalog, add a product, describe one again, and give it a new list price from a day
 * on (or withdraw one not in effect yet).
 */
@Named
@ViewScoped
public class ProductsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "productForm";

    @Inject
    ProductCatalog catalog;

    private String text;
    private Product product; // the one open in the dialog; null for a new one
    private String code;
    private String name;
    private String unitCode;
    private String gtin;
    private boolean active = true;
    private BigDecimal unitPrice;
    private LocalDate priceFrom;
    private String priceCurrency = Money.BASE_CURRENCY;
    private String taxCategory = TaxCategory.STANDARD;

    private final LazyDataModel<Product> products = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(catalog.count(text));
        }

        @Override
        public List<Product> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return catalog.search(text, first, pageSize);
        }

        @Override
        public String getRowKey(Product p) {
            return p.getCode();
        }
    };

    public void startNew() {
        product = null;
        code = null;
        name = null;
        unitCode = "C62";
        gtin = null;
        active = true;
        unitPrice = null;
        priceFrom = catalog.today();
        priceCurrency = Money.BASE_CURRENCY;
        taxCategory = TaxCategory.STANDARD;
    }

    public void open(Product p) {
        product = catalog.byCode(p.getCode());
        code = product.getCode();
        name = product.getName();
        unitCode = product.getUnitCode();
        gtin = product.getGtin();
        active = product.isActive();
        unitPrice = null;
        priceFrom = catalog.today();
        priceCurrency = Money.BASE_CURRENCY;
        taxCategory = product.getTaxCategory();
    }

    private ProductDetails details() {
        return new ProductDetails(code, name, unitCode, gtin, active);
    }

    public void save() {
        try {
            if (product == null) {
                product = catalog.add(details(), unitPrice, priceFrom);
                product = catalog.taxAs(product.getCode(), taxCategory);
                Messages.infoOnThisPage(PageLanguage.texts().get("products.added", product.getLabel()));
            } else {
                product = catalog.change(details());
                product = catalog.taxAs(product.getCode(), taxCategory);
                Messages.infoOnThisPage(PageLanguage.texts().get("products.saved", product.getLabel()));
            }
            unitPrice = null;
        } catch (InputRejected rejected) {
            Messages.errors(FORM, rejected.getProblems());
            PrimeFaces.current().ajax().addCallbackParam("invalid", true);
        }
    }

    public void addPrice() {
        try {
            product = catalog.newPrice(product.getCode(), priceCurrency, unitPrice, priceFrom);
            Messages.infoOnThisPage(PageLanguage.texts()
                    .get(
                            "products.priceSet",
                            product.getCode(),
                            priceCurrency + " " + Money.format(unitPrice),
                            product.getUnitCode(),
                            String.valueOf(priceFrom)));
            unitPrice = null;
        } catch (InputRejected rejected) {
            Messages.errors(FORM, rejected.getProblems());
        }
    }

    public void withdrawPrice(Price price) {
        try {
            product = catalog.withdrawPrice(product.getCode(), price.getCurrency(), price.getEffectiveFrom());
            Messages.infoOnThisPage(PageLanguage.texts()
                    .get(
                            "products.priceWithdrawn",
                            product.getCode(),
                            price.getCurrency(),
                            String.valueOf(price.getEffectiveFrom())));
        } catch (InputRejected rejected) {
            Messages.errors(FORM, rejected.getProblems());
        }
    }

    public String getPriceCurrency() {
        return priceCurrency;
    }

    public void setPriceCurrency(String priceCurrency) {
        this.priceCurrency = priceCurrency;
    }

    public String getTaxCategory() {
        return taxCategory;
    }

    public void setTaxCategory(String taxCategory) {
        this.taxCategory = taxCategory;
    }

    public List<TaxCategory> getTaxCategories() {
        return catalog.taxCategories();
    }

    /** The price lists a product can have a price in. */
    public List<String> getCurrencies() {
        return Money.CURRENCIES;
    }

    public String getBaseCurrency() {
        return Money.BASE_CURRENCY;
    }

    /** Whether a price can still be withdrawn: it has not taken effect. */
    public boolean isFuture(Price price) {
        return price.getEffectiveFrom().isAfter(catalog.today());
    }

    public LocalDate getToday() {
        return catalog.today();
    }

    public LazyDataModel<Product> getProducts() {
        return products;
    }

    public boolean isNew() {
        return product == null;
    }

    public Product getProduct() {
        return product;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
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

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public String getGtin() {
        return gtin;
    }

    public void setGtin(String gtin) {
        this.gtin = gtin;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
    }

    public LocalDate getPriceFrom() {
        return priceFrom;
    }

    public void setPriceFrom(LocalDate priceFrom) {
        this.priceFrom = priceFrom;
    }
}
