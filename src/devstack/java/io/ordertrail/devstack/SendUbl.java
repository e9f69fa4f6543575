package io.ordertrail.devstack;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.apache.activemq.artemis.jms.client.ActiveMQJMSConnectionFactory;

/**
 * Sends a UBL document to {@code erp.orders.in} as an ERP partner would, as the run command's demo partner unless
 * told otherwise, with a reply queue of its own under the partner's answer queue, and prints the OrderResponse that
 * comes back: for trying the ERP channel without an Artemis installation.
 *
 * <pre>java -cp "target/test-classes:$(cat target/devstack.classpath)" io.ordertrail.devstack.SendUbl file.xml \
 *     [broker url] [partner user] [password] [answer queue]</pre>
 */
public final class SendUbl {

    private SendUbl() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("Usage: SendUbl <UBL document> [broker url, default tcp://127.0.0.1:61616]"
                    + " [partner user, default demo-erp] [password, default demo-erp-password]"
                    + " [answer queue, default erp.answers.<partner user>]");
            System.exit(2);
        }
        String url = args.length > 1 ? args[1] : "tcp://127.0.0.1:61616";
        String user = args.length > 2 ? args[2] : "demo-erp";
        String password = args.length > 3 ? args[3] : "demo-erp-password";
        String answerQueue = args.length > 4 ? args[4] : "erp.answers." + user;
        try (ActiveMQJMSConnectionFactory factory = new ActiveMQJMSConnectionFactory(url);
                JMSContext jms = factory.createContext(user, password)) {
            Queue replies = jms.createQueue(answerQueue + ".sendubl-" + UUID.randomUUID());
            jms.createProducer()
                    .setJMSReplyTo(replies)
                    .send(jms.createQueue("erp.orders.in"), Files.readString(Path.of(args[0])));
            JMSConsumer consumer = jms.createConsumer(replies);
            Message answer = consumer.receive(30_000);
            consumer.close();
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
