package io.ordertrail.orders.domain;

import io.ordertrail.platform.SequencedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One product on an order, with the quantity and the unit price it was recorded at. */
@Entity
@Table(name = "order_line")
public class OrderLine extends SequencedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    private Order order;

    @Column(name = "line_number", nullable = false)
    private int lineNumber;

    @Column(name = "product_code", nullable = false)
    private String productCode;

    @Column(name = "product_name", nullable = false)
    private String productName;

    @Column(nullable = false)
    private int quantity;

    /** What the customer pays per unit: the list price, or the agreed price when there is one. */
    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;

    @Column(name = "list_price", nullable = false)
    private BigDecimal listPrice;

    @Column(name = "price_reason")
    private String priceReason;

    /** The line's VAT category (UN/CEFACT 5305) and rate from its product's tax category when taken (V43). */
    @Column(name = "vat_category", nullable = false)
    private String vatCategory;

    @Column(name = "vat_rate", nullable = false)
    private BigDecimal vatRate;

    protected OrderLine() {}

    OrderLine(Order order, int lineNumber, Order.PricedLine line) {
        this.order = order;
        this.lineNumber = lineNumber;
        revise(line);
    }

    /** An amendment puts another product, quantity or price on this line. */
    void revise(Order.PricedLine line) {
        this.productCode = line.productCode();
        this.productName = line.productName();
        this.quantity = line.quantity();
        this.unitPrice = line.unitPrice();
        this.listPrice = line.listPrice();
        this.priceReason = line.priceReason();
        this.vatCategory = line.vatCategory();
        this.vatRate = line.vatRate();
    }

    public String getVatCategory() {
        return vatCategory;
    }

    public BigDecimal getVatRate() {
        return vatRate;
    }

    public BigDecimal getListPrice() {
        return listPrice;
    }

    public String getPriceReason() {
        return priceReason;
    }

    public boolean isAgreedPrice() {
        return unitPrice.compareTo(listPrice) != 0;
    }

    public int getLineNumber() {
        return lineNumber;
    }

    public String getProductCode() {
        return productCode;
    }

    public String getProductName() {
        return productName;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getLineTotal() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
