package io.ordertrail.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ordertrail.testsupport.Browser;
import io.ordertrail.testsupport.ItEnvironment;
import io.ordertrail.testsupport.SharedOrdertrail;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A message the inventory listener cannot process is retried, then kept on the dead-letter queue, never lost; the
 * administrator sees why it failed, retries it from the admin page, and finally discards it, each action recorded.
 */
@Order(4)
class PoisonMessageIT {

    private static final String INVENTORY_QUEUE = "ordertrail.inventory.handover";

    @Test
    void aPoisonMessageEndsOnTheDeadLetterQueueAndIsRetriedAndDiscardedFromTheAdminPage() throws Exception {
        SharedOrdertrail.baseUri(); // the application's listeners are running
        String poison = "not a handover document " + UUID.randomUUID();
        ConnectionFactory factory = new ActiveMQConnectionFactory(
                "tcp://127.0.0.1:" + ItEnvironment.broker().port());

        try (JMSContext jms =
                factory.createContext(ItEnvironment.APPLICATION.name(), ItEnvironment.APPLICATION.password())) {
            Queue dlq = jms.createQueue("DLQ");
            jms.createProducer().send(jms.createQueue(INVENTORY_QUEUE), poison);

            await().atMost(Duration.ofSeconds(60))
                    .until(() -> find(jms, dlq, poison).size() == 1);
            assertThat(find(jms, dlq, poison).get(0).getStringProperty("_AMQ_ORIG_ADDRESS"))
                    .isEqualTo(INVENTORY_QUEUE);
            assertThat(ItEnvironment.broker().messageCount(INVENTORY_QUEUE)).isZero();

            try (Browser admin = Browser.open(SharedOrdertrail.baseUri())) {
                admin.signInAs("admin").go("/admin/dead-letters.xhtml");
                WebElement row = rowOf(admin, poison);
                assertThat(row.getText())
                        .contains(
                                INVENTORY_QUEUE,
                                "MalformedHandover: Handover message is not a JSON object",
                                ItEnvironment.MAX_DELIVERY_ATTEMPTS + " failed attempt(s)");
                admin.screenshot("dead-letters");
                String firstId = find(jms, dlq, poison).get(0).getJMSMessageID();

                // retry: back on its queue, fails again on every attempt, and is dead-lettered again, not lost
                row.findElement(By.cssSelector("[id$=':retry']")).click();
                admin.click("confirmForm:confirmYes");
                await().atMost(Duration.ofSeconds(60))
                        .untilAsserted(() -> assertThat(admin.text("deadLettersForm:history"))
                                .contains("RETRIED", "admin"));
                await().atMost(Duration.ofSeconds(60))
                        .until(
                                () -> { // one look per poll: the message moves between queues meanwhile
                                    List<Message> now = find(jms, dlq, poison);
                                    return now.size() == 1
                                            && !now.get(0).getJMSMessageID().equals(firstId);
                                });

                // discard: gone from the queue, the record stays
                admin.click("deadLettersForm:refresh");
                rowOf(admin, poison)
                        .findElement(By.cssSelector("[id$=':discard']"))
                        .click();
                admin.click("confirmForm:confirmYes");
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> find(jms, dlq, poison).isEmpty());
                assertThat(admin.text("deadLettersForm:history")).contains("DISCARDED");
                admin.assertNoJavaScriptErrors();
            }
        }
    }

    private static WebElement rowOf(Browser browser, String body) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> browser.all(By.cssSelector("[id='deadLettersForm:letters_data'] tr")).stream()
                        .anyMatch(tr -> tr.getText().contains(body)));
        return browser.all(By.cssSelector("[id='deadLettersForm:letters_data'] tr")).stream()
                .filter(tr -> tr.getText().contains(body))
                .findFirst()
                .orElseThrow();
    }

    private static List<Message> find(JMSContext jms, Queue queue, String body) throws Exception {
        List<Message> found = new ArrayList<>();
        try (QueueBrowser browser = jms.createBrowser(queue)) {
            for (Object m : Collections.list(browser.getEnumeration())) {
                if (m instanceof TextMessage text && body.equals(text.getText())) {
                    found.add(text);
                }
            }
        }
        return found;
    }
}
