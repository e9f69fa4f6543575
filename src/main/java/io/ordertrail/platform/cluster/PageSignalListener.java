package io.ordertrail.platform.cluster;

import io.ordertrail.platform.Resources;
import io.ordertrail.platform.messaging.Queues;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Receives every page signal ({@link PageSignals}, {@link PageSignalSender}) on this server, from whichever server sent it, and hands it to the
 * pushes of this server's open pages as a {@link PageSignal} event. Its own non-durable subscription to the topic,
 * with one session, so that each server gets each signal once; none is kept while the server is down.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = Resources.RESOURCE_ADAPTER),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
            @ActivationConfigProperty(propertyName = "destination", propertyValue = Queues.PAGE_SIGNALS),
            @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "NonDurable"),
            @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
            @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
        })
@PermitAll // infrastructure: the broker delivers, no person calls it
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // a signal lost in a crash is worth nothing anyway
public class PageSignalListener implements MessageListener {

    @Inject
    Event<PageSignal> arrived;

    @Override
    public void onMessage(Message message) {
        try {
            String users = message instanceof TextMessage text && text.getText() != null ? text.getText() : "";
            arrived.fire(new PageSignal(
                    message.getStringProperty(PageSignalSender.CHANNEL),
                    message.getStringProperty(PageSignalSender.MESSAGE),
                    Arrays.stream(users.split("\n"))
                            .filter(user -> !user.isBlank())
                            .collect(Collectors.toUnmodifiableSet())));
        } catch (JMSException e) {
            throw new IllegalStateException("A page signal could not be read: " + e.getMessage(), e);
        }
    }
}
