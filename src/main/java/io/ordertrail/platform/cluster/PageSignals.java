package io.ordertrail.platform.cluster;

import io.ordertrail.platform.Resources;
import io.ordertrail.platform.messaging.Queues;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the open pages of every server that something changed: a signal on the broker's topic
 * ({@link Queues#PAGE_SIGNALS}), which each server's {@link PageSignalListener} hands to its own websockets as a
 * {@link PageSignal} event. Without it, a person on another server than the one where the change happened would see it
 * only when they reload.
 * <ul>
 * <li>Sent after the change committed, on a thread of its own and outside any transaction; not persistent, and gone
 * after ten seconds: a signal is worth nothing once the page has been reloaded.</li>
 * <li>If the broker does not take it, this server's own pages still get it, and the log says so.</li>
 * </ul>
 */
@Stateless
@PermitAll // infrastructure: called after a commit by the pushes, with whatever caller made the change
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PageSignals {

    private static final Logger LOG = Logger.getLogger(PageSignals.class.getName());

    static final String CHANNEL = "ordertrail_channel";
    static final String MESSAGE = "ordertrail_message";
    private static final long TIME_TO_LIVE_MS = 10_000;

    @Inject
    @JMSConnectionFactory(Resources.CONNECTION_FACTORY)
    JMSContext jms;

    @Inject
    Event<PageSignal> arrived;

    /**
     * Signals the pages on {@code channel} of every server: {@code message}, for {@code users} on a channel per user
     * (none on the others). The body is the users, one a line.
     */
    @Asynchronous
    public void publish(String channel, String message, Set<String> users) {
        try {
            jms.createProducer()
                    .setDeliveryMode(DeliveryMode.NON_PERSISTENT)
                    .setTimeToLive(TIME_TO_LIVE_MS)
                    .setProperty(CHANNEL, channel)
                    .setProperty(MESSAGE, message)
                    .send(jms.createTopic(Queues.PAGE_SIGNALS), String.join("\n", users));
        } catch (JMSRuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "The broker did not take a page signal (" + channel + "); only the pages open on this server"
                            + " are told, the others show the change when they are reloaded",
                    e);
            arrived.fire(new PageSignal(channel, message, users));
        }
    }
}
