package io.ordertrail.catalog.domain;

import java.io.Serializable;
import java.math.BigDecimal;

/** A product with its list price in a currency on a given day, as staff choose it for an order. */
public record PricedProduct(Product product, BigDecimal unitPrice, String currency) implements Serializable {

    public String getCode() {
        return product.getCode();
    }

    public String getLabel() {
        return product.getLabel();
    }

    public String getUnitCode() {
        return product.getUnitCode();
    }

    public String getCurrency() {
        return currency;
    }

    /** The list price of the day; null for a product without one, which is not orderable yet. */
    public BigDecimal getUnitPrice() {
        return unitPrice;
    }
}
