package io.ordertrail.orders.api;

import io.ordertrail.orders.domain.AmendmentReason;
import io.ordertrail.orders.domain.AmendmentRequest;
import io.ordertrail.orders.domain.OrderDraft;
import io.ordertrail.orders.domain.RequestChannel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A change to an order, or its cancellation, as the online platform sends it: the order as it should be (for a
 * change), and the customer's request: who asked, how the platform knows it was them, its reference, the reason.
 */
@Schema(name = "OrderAmendment", description = "A customer's change to an order, through the online platform")
public class AmendOrderRequest extends NewOrderRequest {

    @Schema(description = "The customer's request, as the platform verified it", required = true)
    public Request request;

    /** Who asked for the change and how the platform verified it. */
    @Schema(name = "AmendmentRequest")
    public static class Request {
        @Schema(description = "Who asked", example = "Eva Berg (buyer account eva.berg)", required = true)
        public String requestedBy;

        @Schema(
                description = "How the platform knows the request is the customer's",
                example = "signed in to the customer account with two-factor authentication",
                required = true)
        public String verifiedHow;

        @Schema(
                description = "The platform's reference for the request",
                example = "change-request 81723",
                required = true)
        public String reference;

        @Schema(
                description = "Why: QUANTITY_CHANGE, PRODUCT_CHANGE, DELIVERY_CHANGE, INSTRUCTIONS_CHANGE,"
                        + " PRICE_CORRECTION, ENTRY_CORRECTION; for a cancellation CUSTOMER_CANCELLED, DUPLICATE_ORDER,"
                        + " CANNOT_SUPPLY",
                example = "QUANTITY_CHANGE",
                required = true)
        public AmendmentReason reason;

        @Schema(description = "A note, at most 500 characters")
        public String note;
    }

    AmendmentRequest amendmentRequest() {
        return request == null
                ? new AmendmentRequest(RequestChannel.ONLINE, null, null, null, null, null)
                : new AmendmentRequest(
                        RequestChannel.ONLINE,
                        request.requestedBy,
                        request.verifiedHow,
                        request.reference,
                        request.reason,
                        request.note);
    }

    /** The order as it should be; the customer and channel stay the order's own. */
    OrderDraft changes() {
        return toDraft();
    }
}
