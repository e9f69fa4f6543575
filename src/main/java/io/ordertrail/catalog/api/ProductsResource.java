package io.ordertrail.catalog.api;

import io.ordertrail.catalog.application.Catalog;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
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
@RequestScoped
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

        @Schema(description = "UN/ECE unit code, e.g. EA, LTR, C62")
        public String unitCode;
    }

    @GET
    @Operation(summary = "The products that can be ordered, by code")
    public List<ProductRepresentation> activeProducts() {
        LocalDate today = clock.today();
        return catalog.activeProducts().stream()
                .map(p -> {
                    ProductRepresentation r = new ProductRepresentation();
                    r.code = p.getCode();
                    r.name = p.getName();
                    r.unitPrice = p.priceOn(today).orElse(null);
                    r.unitCode = p.getUnitCode();
                    return r;
                })
                .toList();
    }
}
