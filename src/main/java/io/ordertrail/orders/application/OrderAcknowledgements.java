package io.ordertrail.orders.application;

import io.ordertrail.handover.domain.HandoverWasAcknowledged;
import io.ordertrail.orders.domain.OrderNumber;
import io.ordertrail.orders.domain.OrderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** The order keeps when each team first acknowledged its handover, in the acknowledging transaction. */
@ApplicationScoped
public class OrderAcknowledgements {

    @Inject
    OrderRepository orders;

    void handoverWasAcknowledged(@Observes HandoverWasAcknowledged acknowledged) {
        OrderNumber.parse(acknowledged.orderNumber())
                .flatMap(orders::find)
                .orElseThrow(() -> new IllegalStateException(
                        "Handover acknowledged for unknown order " + acknowledged.orderNumber()))
                .handoverAcknowledged(acknowledged.team(), acknowledged.at());
    }
}
