package io.ordertrail.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import java.util.Map;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.core.remoting.impl.netty.NettyConnectorFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * In-container tests: sends a message as another broker user (an ERP partner, an operator) than the application's,
 * over a plain client connection to the test broker, as that user's own system would. (The application's pooled
 * connection factory always connects as the application.) The Artemis client classes come from the deployed
 * resource adapter.
 */
@ApplicationScoped
public class AsBrokerUser {

    /** Sends a text (String) or bytes (byte[]) message, with a reply-to queue (or null) and string properties. */
    public void send(
            String user, String password, String queue, String replyTo, Object body, Map<String, String> properties) {
        // a transport configuration, not a URL: the URL parser needs commons-logging, which the adapter lacks
        TransportConfiguration broker = new TransportConfiguration(
                NettyConnectorFactory.class.getName(),
                Map.of(
                        "host", System.getenv().getOrDefault("ORDERTRAIL_JMS_HOST", "127.0.0.1"),
                        "port", System.getenv().getOrDefault("ORDERTRAIL_JMS_PORT", "61616")));
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(false, broker);
                JMSContext jms = factory.createContext(user, password)) {
            JMSProducer producer = jms.createProducer();
            if (replyTo != null) {
                producer.setJMSReplyTo(jms.createQueue(replyTo));
            }
            properties.forEach(producer::setProperty);
            if (body instanceof byte[] bytes) {
                producer.send(jms.createQueue(queue), bytes);
            } else {
                producer.send(jms.createQueue(queue), (String) body);
            }
        }
    }
}
