package io.ordertrail.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordertrail.platform.messaging.Queues;
import io.ordertrail.testsupport.ItEnvironment;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSSecurityRuntimeException;
import java.util.List;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The test broker runs server-config/artemis/broker.xml, the production broker's configuration: nobody gets in
 * without a user, and an ERP partner's user may send documents in and nothing else.
 */
@Order(2)
class BrokerSecurityIT {

    private static final String PARTNER = "it-broker-partner";
    private static final String PARTNER_PASSWORD = "it-broker-partner-secret";
    private static final List<String> EVERY_QUEUE = List.of(
            Queues.ERP_ORDERS_IN,
            Queues.ERP_ORDERS_OUT,
            Queues.INVENTORY_HANDOVER,
            Queues.FULFILLMENT_HANDOVER,
            Queues.DEAD_LETTERS,
            "erp.answers.demo-erp");
    /** The queues broker.xml declares. */
    private static final List<String> ORDERTRAILS_QUEUES = EVERY_QUEUE.subList(0, 5);

    @BeforeAll
    static void aPartnerUser() throws Exception {
        // as Ordertrail's ERP partners page adds one, with the roles it gives
        ItEnvironment.broker().addUser(PARTNER, PARTNER_PASSWORD, "erp-partner", "erp-partner." + PARTNER);
    }

    private static ActiveMQConnectionFactory broker() {
        return new ActiveMQConnectionFactory(
                "tcp://127.0.0.1:" + ItEnvironment.broker().port());
    }

    @Test
    void anonymousAndWrongCredentialClientsAreRefusedOnEveryQueue() {
        for (String queue : EVERY_QUEUE) {
            assertThatThrownBy(() -> {
                        try (JMSContext jms = broker().createContext()) {
                            jms.createProducer().send(jms.createQueue(queue), "anonymous");
                        }
                    })
                    .as("anonymous on " + queue)
                    .isInstanceOf(JMSSecurityRuntimeException.class)
                    .hasMessageContaining("Unable to validate user");
            assertThatThrownBy(() -> {
                        try (JMSContext jms = broker().createContext(PARTNER, "not-the-password")) {
                            jms.createConsumer(jms.createQueue(queue)).receiveNoWait();
                        }
                    })
                    .as("wrong password on " + queue)
                    .isInstanceOf(JMSSecurityRuntimeException.class)
                    .hasMessageContaining("Unable to validate user");
            assertThatThrownBy(() -> {
                        try (JMSContext jms =
                                broker().createContext(ItEnvironment.APPLICATION.name(), "not-the-password")) {
                            jms.createConsumer(jms.createQueue(queue)).receiveNoWait();
                        }
                    })
                    .as("the application's user with a wrong password on " + queue)
                    .isInstanceOf(JMSSecurityRuntimeException.class);
        }
    }

    @Test
    void aPartnerMayNeitherReadAnyOfOrdertrailsQueuesNorSendHandovers() {
        try (JMSContext jms = broker().createContext(PARTNER, PARTNER_PASSWORD)) {
            for (String queue : ORDERTRAILS_QUEUES) {
                assertThatThrownBy(() -> jms.createConsumer(jms.createQueue(queue)))
                        .as("a partner reading " + queue)
                        .isInstanceOf(JMSSecurityRuntimeException.class)
                        .hasMessageContaining("does not have permission='CONSUME'");
                assertThatThrownBy(
                                () -> jms.createBrowser(jms.createQueue(queue)).getEnumeration())
                        .as("a partner browsing " + queue)
                        .hasMessageContaining("does not have permission='BROWSE'");
            }
            for (String queue : List.of(
                    Queues.INVENTORY_HANDOVER,
                    Queues.FULFILLMENT_HANDOVER,
                    Queues.ERP_ORDERS_OUT,
                    Queues.DEAD_LETTERS)) {
                assertThatThrownBy(() -> jms.createProducer().send(jms.createQueue(queue), "{}"))
                        .as("a partner sending to " + queue)
                        .isInstanceOf(JMSSecurityRuntimeException.class)
                        .hasMessageContaining("does not have permission='SEND'");
            }
        }
    }

    @Test
    void aPartnerMayMakeNoQueueOutsideItsOwnAnswerQueues() {
        try (JMSContext jms = broker().createContext(PARTNER, PARTNER_PASSWORD)) {
            assertThatThrownBy(() -> jms.createConsumer(jms.createQueue("erp.answers.someone-else.mine")))
                    .isInstanceOf(JMSSecurityRuntimeException.class);
            assertThatThrownBy(jms::createTemporaryQueue).isInstanceOf(JMSSecurityRuntimeException.class);
        }
        assertThat(ItEnvironment.broker().messageCount("erp.answers.someone-else.mine"))
                .as("no queue made")
                .isEqualTo(-1);
    }
}
