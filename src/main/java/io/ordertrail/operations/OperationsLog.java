package io.ordertrail.operations;

import io.ordertrail.handover.domain.HandoverWasReceived;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderWasAmended;
import io.ordertrail.orders.domain.OrderWasCancelled;
import io.ordertrail.orders.domain.OrderWasConfirmed;
import io.ordertrail.orders.domain.OrderWasReceived;
import io.ordertrail.platform.logging.Correlation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.logging.Logger;

/**
 * The order desk's story in the log, one line per step an admin would follow: an order recorded, amended,
 * cancelled, confirmed, received by a team. Each line is written once its transaction has committed, and carries the
 * unit of work's ids ({@link Correlation}): as soon as a request or a message turns out to concern an order, the
 * order's number joins them, so every later line of that unit of work names the order too.
 *
 * <p>Numbers, channels and versions only: no customer details, no message bodies.
 */
@ApplicationScoped
public class OperationsLog {

    private static final Logger LOG = Logger.getLogger(OperationsLog.class.getName());

    void received(@Observes OrderWasReceived received) {
        concerns(received.order());
    }

    void amending(@Observes OrderWasAmended amended) {
        concerns(amended.order());
    }

    void cancelling(@Observes OrderWasCancelled cancelled) {
        concerns(cancelled.order());
    }

    void confirming(@Observes OrderWasConfirmed confirmed) {
        concerns(confirmed.order());
    }

    void recorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderWasReceived received) {
        Order order = received.order();
        LOG.info(() -> "Order " + order.getOrderNumber().value() + " received from "
                + order.getChannel().name() + " with " + order.getLines().size() + " line(s): "
                + order.getStatus().name());
    }

    void amended(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderWasAmended amended) {
        Order order = amended.order();
        LOG.info(() -> "Order " + order.getOrderNumber().value() + " amended to version " + order.getOrderVersion());
    }

    void cancelled(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderWasCancelled cancelled) {
        LOG.info(() -> "Order " + cancelled.order().getOrderNumber().value() + " cancelled");
    }

    void confirmed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderWasConfirmed confirmed) {
        Order order = confirmed.order();
        LOG.info(() -> "Order " + order.getOrderNumber().value() + " version " + order.getOrderVersion()
                + " confirmed to the customer");
    }

    void handedOver(@Observes(during = TransactionPhase.AFTER_SUCCESS) HandoverWasReceived received) {
        LOG.info(() -> received.team().getLabel() + " received the handover of " + received.orderNumber());
    }

    private static void concerns(Order order) {
        Correlation.concerns(order.getOrderNumber().value());
    }
}
