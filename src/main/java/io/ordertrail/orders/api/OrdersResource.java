package io.ordertrail.orders.api;

import io.ordertrail.handover.application.HandoverReceipts;
import io.ordertrail.orders.application.OnlineOrders;
import io.ordertrail.orders.application.OrderAmendments;
import io.ordertrail.orders.application.OrderQueries;
import io.ordertrail.orders.domain.OrderNumber;
import io.ordertrail.platform.Sha256;
import io.ordertrail.platform.UniqueRace;
import io.ordertrail.platform.api.Problem;
import io.ordertrail.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Orders over the API: the online platform records orders, reads them back, amends and cancels them. */
@Path("orders")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.INTEGRATION)
public class OrdersResource {

    @Inject
    OnlineOrders onlineOrders;

    @Inject
    OrderQueries orderQueries;

    @Inject
    HandoverReceipts receipts;

    @Inject
    OrderAmendments amendments;

    @POST
    @Operation(
            summary = "Record an order from the online platform",
            description = "Verified and recorded like an order taken by staff, with channel ONLINE, then handed over"
                    + " to inventory and fulfillment. Safe to retry with an Idempotency-Key.")
    @APIResponse(
            responseCode = "201",
            description =
                    "Recorded; Location names the order, the ETag its version (for" + " If-Match when amending it)",
            content = @Content(schema = @Schema(implementation = OrderRepresentation.class)))
    @APIResponse(
            responseCode = "200",
            description = "Recorded before with the same Idempotency-Key and request",
            content = @Content(schema = @Schema(implementation = OrderRepresentation.class)))
    @APIResponse(
            responseCode = "400",
            description =
                    "The order is incomplete or names unknown customers or products;" + " errors names each field",
            content =
                    @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No or wrong credentials, or not a service account")
    @APIResponse(
            responseCode = "422",
            description = "The Idempotency-Key was used for a different request",
            content =
                    @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response record(
            @Parameter(description = "Any unique string per order; a retry sends the same one")
                    @HeaderParam("Idempotency-Key")
                    String idempotencyKey,
            @Context UriInfo uriInfo,
            NewOrderRequest request) {
        if (request == null) {
            return new Problem(
                            "unreadable-body",
                            "The request has no order",
                            400,
                            "Send the order as JSON, as described in the OpenAPI document at /openapi.",
                            java.util.List.of())
                    .toResponse();
        }
        String key = blankToNull(idempotencyKey);
        String requestHash = hash(request);
        // the same request sent twice at once (a retry while the first is still running): one records the order,
        // the other meets its key, runs again and answers as a retry
        OnlineOrders.Recorded recorded = UniqueRace.runAgainWhenLost(
                "An API order", () -> onlineOrders.record(request.toDraft(), key, requestHash));
        String orderNumber = recorded.order().getOrderNumber().value();
        // a new order as committed: no team can have received it before the commit
        OrderRepresentation order = OrderRepresentation.of(
                recorded.order(), recorded.created() ? List.of() : receipts.forOrder(orderNumber));
        return (recorded.created()
                        ? Response.created(uriInfo.getAbsolutePathBuilder()
                                .path(orderNumber)
                                .build())
                        : Response.ok())
                .entity(order)
                .tag(etagOf(order))
                .build();
    }

    @GET
    @Path("{orderNumber}")
    @Operation(
            summary = "Read an order",
            description = "Its lines, status, inventory's availability check and" + " which teams have received it")
    @APIResponse(
            responseCode = "200",
            description = "The order; its ETag names the version, for If-Match",
            content = @Content(schema = @Schema(implementation = OrderRepresentation.class)))
    @APIResponse(
            responseCode = "404",
            description = "No order has this number",
            content =
                    @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("orderNumber") String orderNumber) {
        return current(orderNumber);
    }

    @PUT
    @Path("{orderNumber}")
    @Operation(
            summary = "Amend an order at the customer's request",
            description = "SOP step 6: the order as it should be now, and the customer's request (who, how the"
                    + " platform verified it, its reference, the reason). Send the ETag of the version the customer"
                    + " changed in If-Match. The changed order is verified again like a new one; it may come back"
                    + " AWAITING_APPROVAL with its flags. A new version is made and handed over again; confirm it"
                    + " to the customer again with POST …/confirmations.")
    @APIResponse(
            responseCode = "200",
            description = "Amended; the ETag names the new version",
            content = @Content(schema = @Schema(implementation = OrderRepresentation.class)))
    @APIResponse(
            responseCode = "400",
            description =
                    "The change or the request is incomplete, names unknown"
                            + " products, or the order has left (dispatched, picked up) or is cancelled; errors names each field",
            content =
                    @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No order has this number",
            content =
                    @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "412",
            description =
                    "The order was changed since the version in If-Match; nothing" + " was changed: read it again",
            content =
                    @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "428",
            description = "No If-Match header",
            content =
                    @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response amend(
            @PathParam("orderNumber") String orderNumber,
            @Parameter(description = "The ETag of the version being changed", required = true) @HeaderParam("If-Match")
                    String ifMatch,
            AmendOrderRequest request) {
        int version = versionToChange(orderNumber, ifMatch);
        if (request == null) {
            return new Problem(
                            "unreadable-body",
                            "The request has no amendment",
                            400,
                            "Send the order as it should be, with the customer's request, as described in /openapi.",
                            java.util.List.of())
                    .toResponse();
        }
        UniqueRace.runAgainWhenLost(
                "An API amendment",
                () -> amendments.amend(numberOf(orderNumber), version, request.amendmentRequest(), request.changes()));
        return current(orderNumber);
    }

    @POST
    @Path("{orderNumber}/cancellation")
    @Operation(
            summary = "Cancel an order at the customer's request",
            description = "SOP step 6: a cancellation is an amendment with a cancellation reason (only the request"
                    + " part of the body is read). Inventory releases what was reserved; fulfillment stops.")
    @APIResponse(
            responseCode = "200",
            description = "Cancelled",
            content = @Content(schema = @Schema(implementation = OrderRepresentation.class)))
    @APIResponse(
            responseCode = "400",
            description = "The request is incomplete, or the order has left or is" + " cancelled already",
            content =
                    @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "412",
            description = "The order was changed since the version in If-Match",
            content =
                    @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "428",
            description = "No If-Match header",
            content =
                    @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response cancel(
            @PathParam("orderNumber") String orderNumber,
            @Parameter(description = "The ETag of the version being cancelled", required = true)
                    @HeaderParam("If-Match")
                    String ifMatch,
            AmendOrderRequest request) {
        int version = versionToChange(orderNumber, ifMatch);
        UniqueRace.runAgainWhenLost(
                "An API cancellation",
                () -> amendments.cancel(
                        numberOf(orderNumber),
                        version,
                        request == null ? new AmendOrderRequest().amendmentRequest() : request.amendmentRequest()));
        return current(orderNumber);
    }

    /**
     * The version the If-Match header names, for an order that exists.
     *
     * @throws NotFoundException            for an unknown order
     * @throws WebApplicationException 428 when there is no If-Match
     */
    private int versionToChange(String orderNumber, String ifMatch) {
        read(orderNumber);
        Integer version = versionIn(ifMatch);
        if (version == null) {
            throw new WebApplicationException(preconditionRequired());
        }
        return version;
    }

    /** The order as it is now, with its ETag. */
    private Response current(String orderNumber) {
        OrderRepresentation order = read(orderNumber);
        return Response.ok(order).tag(etagOf(order)).build();
    }

    private static EntityTag etagOf(OrderRepresentation order) {
        return new EntityTag(String.valueOf(order.version));
    }

    /** The version an If-Match header names ("3", or W/"3"); null when there is none or it is not one of ours. */
    private static Integer versionIn(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String tag = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Integer.valueOf(tag);
        } catch (NumberFormatException e) {
            return -1; // no version of ours: always stale
        }
    }

    private static Response preconditionRequired() {
        return new Problem(
                        "if-match-required",
                        "If-Match is required",
                        428,
                        "Read the order, then send its ETag in If-Match so that a change made meanwhile is not overwritten.",
                        java.util.List.of(new Problem.InvalidField("If-Match", "Send the order's ETag.")))
                .toResponse();
    }

    /** The order, when the calling service account may see it; any other number is no order (404). */
    private OrderRepresentation read(String orderNumber) {
        return orderQueries
                .ofCallingServiceAccount(numberOf(orderNumber))
                .map(order -> OrderRepresentation.of(
                        order, receipts.forOrder(order.getOrderNumber().value())))
                .orElseThrow(() -> new NotFoundException("No order has number " + orderNumber + "."));
    }

    /** The order number in a path; one that is no order number names no order: 404. */
    static OrderNumber numberOf(String text) {
        return OrderNumber.parse(text).orElseThrow(() -> new NotFoundException("No order has number " + text + "."));
    }

    /** Made once: JSON-B instances are thread-safe, and building one looks its provider up on the class path. */
    private static final Jsonb JSONB = JsonbBuilder.create();

    private static String hash(NewOrderRequest request) {
        try {
            return Sha256.hex(JSONB.toJson(request));
        } catch (JsonbException e) {
            throw new IllegalStateException("Could not fingerprint the request: " + e.getMessage(), e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
