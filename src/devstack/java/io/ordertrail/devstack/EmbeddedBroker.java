package io.ordertrail.devstack;

import java.nio.file.Path;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;

/**
 * An Artemis broker in this JVM, configured by {@code server-config/artemis/broker.xml}: persistent journal under
 * the data directory, a dead-letter queue, redelivery with a delay.
 */
public final class EmbeddedBroker implements AutoCloseable {

    private final EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
    private final int port;

    private EmbeddedBroker(int port) {
        this.port = port;
    }

    public static EmbeddedBroker start(Path brokerXml, Path dataDir, int port, int maxDeliveryAttempts)
            throws Exception {
        // broker.xml reads these through ${...} system properties
        System.setProperty("ordertrail.broker.data", dataDir.toAbsolutePath().toString());
        System.setProperty("ordertrail.broker.host", "127.0.0.1");
        System.setProperty("ordertrail.broker.port", String.valueOf(port));
        System.setProperty("ordertrail.broker.max-delivery-attempts", String.valueOf(maxDeliveryAttempts));
        EmbeddedBroker embedded = new EmbeddedBroker(port);
        embedded.broker.setConfigResourcePath(brokerXml.toAbsolutePath().toUri().toString());
        embedded.broker.start();
        return embedded;
    }

    public int port() {
        return port;
    }

    /** Messages currently in a queue, or -1 when it does not exist. */
    public long messageCount(String queueName) {
        Queue queue = broker.getActiveMQServer().locateQueue(queueName);
        return queue == null ? -1 : queue.getMessageCount();
    }

    @Override
    public void close() throws Exception {
        broker.stop();
    }
}
