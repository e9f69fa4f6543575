package io.ordertrail.communication.application;

import io.ordertrail.communication.domain.Communication;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderWasReceived;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Keeps the customer's own email of an email order among the order's communications, in the same transaction. */
@ApplicationScoped
public class SourceEmails {

    private static final Pattern FROM = Pattern.compile("(?im)^From:\\s*(.+)$");

    @PersistenceContext
    EntityManager em;

    void orderWasReceived(@Observes OrderWasReceived event) {
        Order order = event.order();
        if (order.getSourceEmail() == null) {
            return;
        }
        Matcher from = FROM.matcher(order.getSourceEmail());
        String sender = from.find() ? from.group(1).trim() : order.getCustomer().getName();
        em.persist(Communication.sourceEmail(
                order.getOrderNumber().value(),
                sender.length() > 254 ? sender.substring(0, 254) : sender,
                order.getRecordedBy(),
                order.getRecordedAt(),
                order.getSourceEmail()));
    }
}
