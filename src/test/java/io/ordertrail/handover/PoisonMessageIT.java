package io.ordertrail.handover;

import io.ordertrail.testsupport.ItEnvironment;
import io.ordertrail.testsupport.SharedOrdertrail;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A message the inventory listener cannot process is retried, then kept on the dead-letter queue: never lost. */
@Order(4)
class PoisonMessageIT {

    @Test
    void aMessageTheInventoryListenerCannotProcessEndsOnTheDeadLetterQueueIntact() throws Exception {
        SharedOrdertrail.baseUri(); // the application's listeners are running
        String poison = "not a handover document " + UUID.randomUUID();
        ConnectionFactory factory = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + ItEnvironment.broker().port());

        try (JMSContext jms = factory.createContext()) {
            jms.createProducer().send(jms.createQueue("ordertrail.inventory.handover"), poison);

            Queue dlq = jms.createQueue("DLQ");
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(bodies(jms, dlq)).contains(poison));
            Message dead = find(jms, dlq, poison);
            assertThat(dead.getStringProperty("_AMQ_ORIG_ADDRESS")).isEqualTo("ordertrail.inventory.handover");
        }
        assertThat(ItEnvironment.broker().messageCount("ordertrail.inventory.handover")).isZero();
    }

    private static List<String> bodies(JMSContext jms, Queue queue) throws Exception {
        try (QueueBrowser browser = jms.createBrowser(queue)) {
            return Collections.list(browser.getEnumeration()).stream()
                    .map(m -> {
                        try {
                            return ((TextMessage) m).getText();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }).toList();
        }
    }

    private static Message find(JMSContext jms, Queue queue, String body) throws Exception {
        try (QueueBrowser browser = jms.createBrowser(queue)) {
            for (Object m : Collections.list(browser.getEnumeration())) {
                if (body.equals(((TextMessage) m).getText())) {
                    return (Message) m;
                }
            }
        }
        throw new AssertionError("not on the queue: " + body);
    }
}
