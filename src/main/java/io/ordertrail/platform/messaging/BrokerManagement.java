package io.ordertrail.platform.messaging;

import io.ordertrail.platform.Jsons;
import io.ordertrail.platform.Resources;
import jakarta.ejb.ApplicationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import jakarta.json.JsonArrayBuilder;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Artemis' management address, asked as the application's own broker user (broker.xml lets it manage): one
 * request and its reply per operation, outside any transaction, so the broker acts at once.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class BrokerManagement {

    private static final Logger LOG = Logger.getLogger(BrokerManagement.class.getName());
    private static final String MANAGEMENT_ADDRESS = "activemq.management";
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(15);

    @Inject
    @JMSConnectionFactory(Resources.CONNECTION_FACTORY)
    JMSContext jms;

    /** The broker could not be asked, or refused the change. Nothing of the change is to be kept then. */
    @ApplicationException(rollback = true)
    public static class BrokerRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public BrokerRefused(String message) {
            super(message);
        }
    }

    /** Invokes an operation of the broker's control and returns its result as the broker wrote it (JSON). */
    /**
     * @param resource "broker", or "queue." and a queue's name
     * @return the result as the broker wrote it: a JSON array holding the operation's result
     * @throws BrokerRefused when the broker is not there or refused the operation
     */
    public String invoke(String resource, String operation, Object... parameters) {
        JsonArrayBuilder arguments = Jsons.array();
        for (Object parameter : parameters) {
            if (parameter instanceof Boolean flag) {
                arguments.add(flag);
            } else if (parameter instanceof Long number) {
                arguments.add(number);
            } else {
                arguments.add(String.valueOf(parameter));
            }
        }
        TemporaryQueue replies;
        try {
            replies = jms.createTemporaryQueue();
        } catch (JMSRuntimeException e) {
            throw new BrokerRefused("Could not reach the broker to " + operation + " (" + e.getMessage()
                    + "); try again when it is up (Health: /health/ready).");
        }
        try (JMSConsumer consumer = jms.createConsumer(replies)) {
            TextMessage request = jms.createTextMessage(arguments.build().toString());
            request.setStringProperty("_AMQ_ResourceName", resource);
            request.setStringProperty("_AMQ_OperationName", operation);
            request.setJMSReplyTo(replies);
            jms.createProducer().send(jms.createQueue(MANAGEMENT_ADDRESS), request);
            Message reply = consumer.receive(ANSWER_WITHIN.toMillis());
            if (reply == null) {
                throw new BrokerRefused("The broker did not answer " + operation + " within "
                        + ANSWER_WITHIN.toSeconds() + " s; try again when it is up (Health: /health/ready).");
            }
            String result = reply instanceof TextMessage text ? text.getText() : null;
            if (!reply.getBooleanProperty("_AMQ_OperationSucceeded")) {
                LOG.fine(() -> "The broker refused " + operation + ": " + result);
                throw new BrokerRefused("The broker refused " + operation + (result == null ? "" : ": " + result));
            }
            return result;
        } catch (JMSException | JMSRuntimeException e) {
            throw new BrokerRefused("Could not ask the broker to " + operation + " (" + e.getMessage()
                    + "); try again when it is up (Health: /health/ready).");
        } finally {
            try {
                replies.delete();
            } catch (JMSException e) {
                LOG.warning(() -> "Could not delete the reply queue of " + operation + ": " + e.getMessage());
            }
        }
    }
}
