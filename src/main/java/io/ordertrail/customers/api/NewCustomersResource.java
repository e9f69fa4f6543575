package io.ordertrail.customers.api;

import io.ordertrail.customers.application.CustomerDirectory;
import io.ordertrail.customers.domain.Customer;
import io.ordertrail.customers.domain.NewCustomer;
import io.ordertrail.platform.UniqueRace;
import io.ordertrail.platform.api.Problem;
import io.ordertrail.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Registering a customer who signs up on the online platform. */
@Path("customers")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.INTEGRATION)
public class NewCustomersResource {

    @Inject
    CustomerDirectory customers;

    /** A customer as the online platform registers them. */
    @Schema(name = "NewCustomer")
    public static class NewCustomerRequest {
        @Schema(required = true, maxLength = 200, example = "Nya Bygg AB")
        public String name;

        @Schema(maxLength = 200, example = "Eva Ek")
        public String contactName;

        @Schema(description = "Email or phone (or both) is required", maxLength = 254, example = "eva@nyabygg.se")
        public String email;

        @Schema(maxLength = 40, example = "+46 23 123 45")
        public String phone;

        @Schema(description = "The usual delivery address", maxLength = 500)
        public String defaultDeliveryAddress;

        @Schema(description = "The language confirmations go out in: en (the default) or de", example = "de")
        public String language;

        @Schema(description = "The currency the customer is billed in, ISO 4217 (GBP when absent)", example = "EUR")
        public String currency;

        @Schema(
                description = "How VAT applies: DOMESTIC (the default), REVERSE_CHARGE (an EU business; needs"
                        + " vatNumber) or EXEMPT",
                example = "REVERSE_CHARGE")
        public String vatTreatment;

        @Schema(description = "The customer's VAT number", example = "DE123456789")
        public String vatNumber;
    }

    @POST
    @Operation(summary = "Register a new customer; the answer carries the customer number")
    @APIResponse(
            responseCode = "201",
            description = "Registered; Location names the customer",
            content = @Content(schema = @Schema(implementation = CustomersResource.CustomerRepresentation.class)))
    @APIResponse(
            responseCode = "400",
            description = "A field is missing or invalid; nothing was stored",
            content =
                    @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response register(NewCustomerRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
        if (request == null) {
            throw new BadRequestException("Send the customer as JSON.");
        }
        // the same request sent twice at once: the one that lost on the request's original runs again
        Customer c = UniqueRace.runAgainWhenLost(
                "An API customer",
                () -> customers.register(new NewCustomer(
                        request.name,
                        request.contactName,
                        request.email,
                        request.phone,
                        request.defaultDeliveryAddress,
                        request.language,
                        request.currency,
                        request.vatTreatment,
                        request.vatNumber)));
        return Response.created(
                        uri.getAbsolutePathBuilder().path(c.getCustomerNumber()).build())
                .entity(CustomersResource.represent(c))
                .build();
    }
}
