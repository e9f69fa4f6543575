package io.ordertrail.orders.api;

import io.ordertrail.customers.application.CustomerDirectory;
import io.ordertrail.orders.application.OrderQueries;
import io.ordertrail.orders.domain.Channel;
import io.ordertrail.platform.api.Problem;
import io.ordertrail.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A customer's orders, as the online platform shows them to a signed-in customer. */
@Path("customers/{customerNumber}/orders")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.INTEGRATION)
public class CustomerOrdersResource {

    static final int MAX_PAGE = 200;

    @Inject
    CustomerDirectory customers;

    @Inject
    OrderQueries orders;

    /** One of a customer's orders, in short. */
    @Schema(name = "OrderSummary")
    public static class OrderSummary {
        public String orderNumber;
        public int version;
        public String status;
        public String availability;
        public Instant recordedAt;

        @Schema(description = "The net total, before VAT")
        public BigDecimal total;

        @Schema(description = "The currency of the amounts, ISO 4217")
        public String currency;

        @Schema(description = "Net plus VAT: what the customer pays")
        public BigDecimal grossTotal;
    }

    @GET
    @Operation(summary = "A customer's orders, newest first, a page at a time")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OrderSummary[].class)))
    @APIResponse(
            responseCode = "404",
            description = "No customer has this number",
            content =
                    @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public List<OrderSummary> orders(
            @PathParam("customerNumber") String customerNumber,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        // a customer of another account is no customer to this one: 404 rather than an empty list
        if (customers.ofCallingServiceAccount(customerNumber).isEmpty()) {
            throw new NotFoundException("No customer has number " + customerNumber + ".");
        }
        return orders
                .forCustomer(customerNumber, Channel.ONLINE, Math.max(0, first), Math.max(1, Math.min(size, MAX_PAGE)))
                .stream()
                .map(o -> {
                    OrderSummary s = new OrderSummary();
                    s.orderNumber = o.getOrderNumber().value();
                    s.version = o.getOrderVersion();
                    s.status = o.getStatus().name();
                    s.availability = o.getAvailability().name();
                    s.recordedAt = o.getRecordedAt();
                    s.total = o.getTotal();
                    s.currency = o.getCurrencyCode();
                    s.grossTotal = o.getGrossTotal();
                    return s;
                })
                .toList();
    }
}
