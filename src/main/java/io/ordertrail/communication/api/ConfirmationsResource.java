package io.ordertrail.communication.api;

import io.ordertrail.communication.application.OrderConfirmations;
import io.ordertrail.communication.domain.Communication;
import io.ordertrail.orders.application.OrderQueries;
import io.ordertrail.orders.domain.OrderNumber;
import io.ordertrail.platform.UniqueRace;
import io.ordertrail.platform.api.Problem;
import io.ordertrail.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The online platform has an order confirmed to its customer (SOP step 4). */
@Path("orders/{orderNumber}/confirmations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.INTEGRATION)
public class ConfirmationsResource {

    @Inject
    OrderConfirmations confirmations;

    @Inject
    OrderQueries orderQueries;

    @POST
    @Operation(
            summary = "Confirm an order to its customer by email",
            description = "SOP step 4 for an order taken online: Ordertrail sends the confirmation email (summary,"
                    + " estimated date, special requests, a PDF and an acknowledgement link). The order is confirmed,"
                    + " and handed to fulfillment, once the mail server has taken the email; until then the"
                    + " confirmation is pending and retried.")
    @APIResponse(
            responseCode = "202",
            description = "Queued for sending",
            content = @Content(schema = @Schema(implementation = ConfirmationRepresentation.class)))
    @APIResponse(
            responseCode = "400",
            description = "No or a malformed email address, or the order cannot be"
                    + " confirmed (not recorded yet, cancelled)",
            content =
                    @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No order has this number",
            content =
                    @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response confirm(@PathParam("orderNumber") String orderNumber, ConfirmationRequest request) {
        // an order of another channel, or of a customer not the account's, is no order to it
        OrderNumber number = OrderNumber.parse(orderNumber)
                .filter(n -> orderQueries.ofCallingServiceAccount(n).isPresent())
                .orElseThrow(() -> new NotFoundException("No order has number " + orderNumber + "."));
        Communication queued = UniqueRace.runAgainWhenLost(
                "An API confirmation",
                () -> confirmations.confirmByEmailAsServiceAccount(
                        number,
                        request == null ? null : request.email(),
                        request == null ? null : request.emailVerification()));
        return Response.accepted(new ConfirmationRepresentation(
                        queued.getId(),
                        queued.getOrderVersion(),
                        queued.getRecipient(),
                        queued.getStatus().name()))
                .build();
    }

    /** Where to send the confirmation. */
    public record ConfirmationRequest(
            @Schema(
                    description = "The customer's email address on file, or one you verified; the one on file when"
                            + " absent",
                    example = "buyer@example.com")
            String email,

            @Schema(
                    description = "How you verified an address that is not the customer's on file; recorded",
                    example = "confirmed through the link we sent on 2026-11-30")
            String emailVerification) {}

    /** A confirmation on its way to the customer. */
    public record ConfirmationRepresentation(
            long id,
            int orderVersion,
            String recipient,

            @Schema(description = "PENDING until the mail server takes it, then SENT")
            String status) {}
}
