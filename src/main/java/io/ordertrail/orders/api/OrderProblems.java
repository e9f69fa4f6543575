package io.ordertrail.orders.api;

import io.ordertrail.orders.application.OnlineOrders;
import io.ordertrail.orders.domain.AmendmentConflict;
import io.ordertrail.orders.domain.OrderRejected;
import io.ordertrail.platform.api.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** How the API answers when an order cannot be taken or changed as sent: as problem details. */
public final class OrderProblems {

    private OrderProblems() {}

    /** A change made from a version of the order that is no longer current: 412, nothing changed. */
    @Provider
    public static class Conflict implements ExceptionMapper<AmendmentConflict> {
        @Override
        public Response toResponse(AmendmentConflict conflict) {
            return new Problem(
                            "version-changed",
                            "The order was changed since the version you sent",
                            412,
                            conflict.getProblems().get(0).message(),
                            List.of(new Problem.InvalidField(
                                    "If-Match",
                                    "Read the order again and send its current ETag, " + conflict.getCurrentVersion()
                                            + ".")))
                    .toResponse();
        }
    }

    /** An order that cannot be recorded or changed as sent: 400, naming each invalid field. */
    @Provider
    public static class Rejected implements ExceptionMapper<OrderRejected> {
        @Override
        public Response toResponse(OrderRejected rejected) {
            return Problem.invalidFields(
                    "order-rejected",
                    "The order cannot be recorded as sent",
                    "Correct the fields listed in errors and send the order again; nothing was stored.",
                    rejected);
        }
    }

    /** The same Idempotency-Key sent with a different order: 422. */
    @Provider
    public static class IdempotencyKeyReused implements ExceptionMapper<OnlineOrders.IdempotencyKeyReused> {
        @Override
        public Response toResponse(OnlineOrders.IdempotencyKeyReused reused) {
            return new Problem(
                            "idempotency-key-reused",
                            "Idempotency-Key already used for another order",
                            422,
                            reused.getMessage(),
                            List.of(new Problem.InvalidField("Idempotency-Key", "Use a new key for a new order.")))
                    .toResponse();
        }
    }
}
