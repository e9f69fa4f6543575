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
 * Puts one page signal on the broker's topic ({@link Queues#PAGE_SIGNALS}) for {@link PageSignals}: outside any
 * transaction, not persistent, gone after ten seconds (a signal is worth nothing once the page has been reloaded). If
 * the broker does not take it, this server's own pages still get it, and the log says so.
 */
@Stateless
@PermitAll // infrastructure: called after a commit by the pushes, with whatever caller made the change
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PageSignalSender {

    private static final Logger LOG = Logger.getLogger(PageSignalSender.class.getName());

    static final String CHANNEL = "ordertrail_channel";
    static final String MESSAGE = "ordertrail_message";
    private static final long TIME_TO_LIVE_MS = 10_000;

    @Inject
    @JMSConnectionFactory(Resources.CONNECTION_FACTORY)
    JMSContext jms;

    @Inject
    Event<PageSignal> arrived;

    /** Sends a signal at once, on this thread. The body is the users, one a line. */
    public void send(String channel, String message, Set<String> users) {
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

    /** Sends a signal on a thread of the container's, so that the change's own thread does not wait for the broker. */
    @Asynchronous
    public void sendLater(String channel, String message, Set<String> users) {
        send(channel, message, users);
    }
}
