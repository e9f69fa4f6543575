package io.ordertrail.devstack;

import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.activemq.artemis.jms.client.ActiveMQJMSConnectionFactory;

/**
 * Sends a UBL document to {@code erp.orders.in} as an ERP system would, with a reply queue of its own, and prints
 * the OrderResponse that comes back: for trying the ERP channel without an Artemis installation.
 *
 * <pre>java -cp "target/test-classes:$(cat target/devstack.classpath)" io.ordertrail.devstack.SendUbl file.xml [broker url]</pre>
 */
public final class SendUbl {

    private SendUbl() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("Usage: SendUbl <UBL document> [broker url, default tcp://127.0.0.1:61616]");
            System.exit(2);
        }
        String url = args.length > 1 ? args[1] : "tcp://127.0.0.1:61616";
        try (ActiveMQJMSConnectionFactory factory = new ActiveMQJMSConnectionFactory(url);
                JMSContext jms = factory.createContext()) {
            TemporaryQueue replies = jms.createTemporaryQueue();
            jms.createProducer()
                    .setJMSReplyTo(replies)
                    .send(jms.createQueue("erp.orders.in"), Files.readString(Path.of(args[0])));
            Message answer = jms.createConsumer(replies).receive(30_000);
            if (answer instanceof TextMessage text) {
                System.out.println(text.getText());
            } else {
                System.err.println("No answer within 30 s: if the document could not be read at all, it is on the"
                        + " dead-letter queue with its reason (ADMIN: Dead letters).");
                System.exit(1);
            }
        }
    }
}
