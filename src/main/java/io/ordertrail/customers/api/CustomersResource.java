package io.ordertrail.customers.api;

import io.ordertrail.customers.application.CustomerDirectory;
import io.ordertrail.customers.domain.Customer;
import io.ordertrail.platform.api.Problem;
import io.ordertrail.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Customers, as the online platform shows them to a signed-in customer (their orders: CustomerOrdersResource). */
@Path("customers/{customerNumber}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.INTEGRATION)
public class CustomersResource {

    @Inject
    CustomerDirectory customers;

    /** A customer's contact details. */
    @Schema(name = "Customer")
    public static class CustomerRepresentation {
        @Schema(example = "C-1002")
        public String customerNumber;

        public String name;
        public String email;
        public String phone;
        public String defaultDeliveryAddress;

        @Schema(description = "The language confirmations go out in", example = "de")
        public String language;

        @Schema(description = "The currency the customer is billed in, ISO 4217", example = "EUR")
        public String currency;

        @Schema(description = "How VAT applies: DOMESTIC, REVERSE_CHARGE or EXEMPT")
        public String vatTreatment;
    }

    @GET
    @Operation(summary = "A customer's contact details")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = CustomerRepresentation.class)))
    @APIResponse(
            responseCode = "404",
            description = "No customer has this number",
            content =
                    @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public CustomerRepresentation customer(@PathParam("customerNumber") String customerNumber) {
        return customers
                .ofCallingServiceAccount(customerNumber)
                .map(CustomersResource::represent)
                .orElseThrow(() -> new NotFoundException("No customer has number " + customerNumber + "."));
    }

    static CustomerRepresentation represent(Customer c) {
        CustomerRepresentation r = new CustomerRepresentation();
        r.customerNumber = c.getCustomerNumber();
        r.name = c.getName();
        r.email = c.getEmail();
        r.phone = c.getPhone();
        r.defaultDeliveryAddress = c.getDefaultDeliveryAddress();
        r.language = c.getLanguage();
        r.currency = c.getCurrency().getCurrencyCode();
        r.vatTreatment = c.getVatTreatment().name();
        return r;
    }
}
