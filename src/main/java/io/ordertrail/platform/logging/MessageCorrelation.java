package io.ordertrail.platform.logging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;

/**
 * A JMS message as a unit of work in the log ({@link Correlation}), for the message-driven beans. Their container
 * commits after {@code onMessage} returns, and the lines written after that commit (the after-commit observers'
 * lines: "Inventory received the handover of …") belong to the message too. So the message's scope is closed when
 * its transaction completes, by an after-completion observer: the container notifies those in the order their events
 * were fired, and this one is fired last in {@code onMessage}.
 */
@ApplicationScoped
public class MessageCorrelation {

    /** The end of a message's work, closed once its transaction has completed. */
    record Handled(Correlation.Scope scope) {}

    @Inject
    Event<Handled> handled;

    /** Opens the message's scope: its JMS message id, and its order if the caller knows it (null otherwise). */
    public Correlation.Scope received(Message message, String orderNumber) {
        return Correlation.message(messageId(message), orderNumber);
    }

    /** Call last in {@code onMessage}, in a {@code finally}: the scope closes when the transaction completes. */
    public void handled(Correlation.Scope scope) {
        handled.fire(new Handled(scope));
    }

    void close(@Observes(during = TransactionPhase.AFTER_COMPLETION) Handled handled) {
        handled.scope().close();
    }

    private static String messageId(Message message) {
        try {
            return message.getJMSMessageID();
        } catch (JMSException e) {
            return "unreadable (" + e.getMessage() + ")";
        }
    }
}
