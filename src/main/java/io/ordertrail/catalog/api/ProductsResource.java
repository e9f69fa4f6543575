package io.ordertrail.catalog.api;

import io.ordertrail.catalog.application.Catalog;
import io.ordertrail.catalog.domain.TaxCategory;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.Money;
import io.ordertrail.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The catalog as the online platform needs it to build orders. */
@Path("products")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.INTEGRATION)
public class ProductsResource {

    @Inject
    Catalog catalog;

    @Inject
    BusinessClock clock;

    /** A product that can be ordered, at its list price. */
    @Schema(name = "Product")
    public static class ProductRepresentation {
        @Schema(example = "RLR-230")
        public String code;

        public String name;

        @Schema(description = "The list price per unit")
        public BigDecimal unitPrice;

        @Schema(description = "The currency of unitPrice: the base price list's, ISO 4217")
        public String currency;

        @Schema(description = "Today's list price in each currency the product has a price list in")
        public java.util.Map<String, BigDecimal> listPrices;

        @Schema(description = "The VAT category (UN/CEFACT 5305) and rate a line of the product is taxed at")
        public String vatCategory;

        public BigDecimal vatRate;

        @Schema(description = "UN/ECE unit code, e.g. EA, LTR, C62")
        public String unitCode;
    }

    @GET
    @Operation(summary = "The products that can be ordered, by code")
    public List<ProductRepresentation> activeProducts() {
        LocalDate today = clock.today();
        java.util.Map<String, TaxCategory> taxCategories = catalog.taxCategories();
        return catalog.activeProducts().stream()
                .map(p -> {
                    ProductRepresentation r = new ProductRepresentation();
                    r.code = p.getCode();
                    r.name = p.getName();
                    r.unitPrice = p.priceOn(today).orElse(null);
                    r.currency = Money.BASE_CURRENCY;
                    r.listPrices = new java.util.TreeMap<>();
                    for (String currency : Money.CURRENCIES) {
                        p.priceOn(today, currency).ifPresent(price -> r.listPrices.put(currency, price));
                    }
                    TaxCategory tax = taxCategories.get(p.getTaxCategory());
                    r.vatCategory = tax.getVatCategory();
                    r.vatRate = tax.getRate();
                    r.unitCode = p.getUnitCode();
                    return r;
                })
                .toList();
    }
}
