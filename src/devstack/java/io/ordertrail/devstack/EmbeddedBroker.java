package io.ordertrail.devstack;

import java.nio.file.Path;
import java.util.Map;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.spi.core.security.ActiveMQBasicSecurityManager;

/**
 * An Artemis broker in this JVM, configured by {@code server-config/artemis/broker.xml}: persistent journal under
 * the data directory, a dead-letter queue, redelivery with a delay. Secured as a production broker is: users in
 * the journal (the basic security manager), the application's own user given at every start.
 */
public final class EmbeddedBroker implements AutoCloseable {

    /** The role broker.xml gives the application's own user. */
    public static final String APPLICATION_ROLE = "ordertrail-app";
    /** The role broker.xml gives an operator: everything, on every address. */
    public static final String ADMIN_ROLE = "broker-admin";

    private final EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
    private final ActiveMQBasicSecurityManager security = new ActiveMQBasicSecurityManager();
    private final int port;

    private EmbeddedBroker(int port) {
        this.port = port;
    }

    /** The application's broker user, as Ordertrail's post-boot file gives it to the resource adapter. */
    public record ApplicationUser(String name, String password) {

        /** ORDERTRAIL_JMS_USER and ORDERTRAIL_JMS_PASSWORD, or the embedded defaults the post-boot file has too. */
        public static ApplicationUser from(Map<String, String> environment) {
            return new ApplicationUser(
                    environment.getOrDefault("ORDERTRAIL_JMS_USER", "ordertrail"),
                    environment.getOrDefault("ORDERTRAIL_JMS_PASSWORD", "ordertrail"));
        }
    }

    public static EmbeddedBroker start(
            Path brokerXml, Path dataDir, int port, int maxDeliveryAttempts, ApplicationUser application)
            throws Exception {
        return start(brokerXml, null, dataDir, port, maxDeliveryAttempts, application);
    }

    /**
     * One broker of a live/backup pair on this machine (replication): broker.xml, and the pair's properties file
     * for its part, {@code server-config/artemis/pair-primary.properties} or {@code pair-backup.properties}. The two
     * share {@code clusterPassword}; {@code partnerPort} is the other one's.
     */
    public static EmbeddedBroker startInPair(
            Path brokerXml,
            Path pairProperties,
            Path dataDir,
            int port,
            int partnerPort,
            int maxDeliveryAttempts,
            ApplicationUser application,
            String clusterPassword)
            throws Exception {
        System.setProperty("ordertrail.broker.partner-host", "127.0.0.1");
        System.setProperty("ordertrail.broker.partner-port", String.valueOf(partnerPort));
        System.setProperty("ordertrail.broker.cluster-password", clusterPassword);
        return start(brokerXml, pairProperties, dataDir, port, maxDeliveryAttempts, application);
    }

    private static EmbeddedBroker start(
            Path brokerXml,
            Path pairProperties,
            Path dataDir,
            int port,
            int maxDeliveryAttempts,
            ApplicationUser application)
            throws Exception {
        // broker.xml and the pair's properties read these through ${...} system properties
        System.setProperty("ordertrail.broker.data", dataDir.toAbsolutePath().toString());
        System.setProperty("ordertrail.broker.host", "127.0.0.1");
        System.setProperty("ordertrail.broker.advertised-host", "127.0.0.1");
        System.setProperty("ordertrail.broker.port", String.valueOf(port));
        System.setProperty("ordertrail.broker.max-delivery-attempts", String.valueOf(maxDeliveryAttempts));
        EmbeddedBroker embedded = new EmbeddedBroker(port);
        embedded.broker.setConfigResourcePath(brokerXml.toAbsolutePath().toUri().toString());
        if (pairProperties != null) {
            embedded.broker.setPropertiesResourcePath(
                    pairProperties.toAbsolutePath().toString());
        }
        embedded.security.init(Map.of(
                ActiveMQBasicSecurityManager.BOOTSTRAP_USER, application.name(),
                ActiveMQBasicSecurityManager.BOOTSTRAP_PASSWORD, application.password(),
                ActiveMQBasicSecurityManager.BOOTSTRAP_ROLE, APPLICATION_ROLE));
        embedded.broker.setSecurityManager(embedded.security);
        embedded.broker.start();
        return embedded;
    }

    /**
     * The same broker with TLS on its acceptor, as broker.xml turns it on by configuration: the key store (PKCS12)
     * holds the broker's certificate and key.
     */
    public static EmbeddedBroker startWithTls(
            Path brokerXml, Path dataDir, int port, ApplicationUser application, Path keyStore, String password)
            throws Exception {
        System.setProperty("ordertrail.broker.tls", "true");
        System.setProperty(
                "ordertrail.broker.keystore", keyStore.toAbsolutePath().toString());
        System.setProperty("ordertrail.broker.keystore-password", password);
        try {
            return start(brokerXml, dataDir, port, 1, application);
        } finally { // read once, at start: a broker started later in this JVM is plain again
            System.clearProperty("ordertrail.broker.tls");
            System.clearProperty("ordertrail.broker.keystore");
            System.clearProperty("ordertrail.broker.keystore-password");
        }
    }

    public int port() {
        return port;
    }

    /** Whether this broker serves clients now: a broker alone or a pair's live one; not a backup waiting. */
    public boolean isActive() {
        return broker.getActiveMQServer().isActive();
    }

    /** Whether this broker is a pair's backup with a journal in step with the live one's, ready to take over. */
    public boolean isBackupInStep() {
        return !isActive() && broker.getActiveMQServer().isReplicaSync();
    }

    /** Adds a user to the broker's journal (or updates it), as an operator would with the Artemis CLI. */
    public void addUser(String name, String password, String... roles) throws Exception {
        boolean exists;
        try {
            exists = !security.listUser(name).isEmpty();
        } catch (IllegalArgumentException noSuchUser) { // AMQ229224: User ... does not exist
            exists = false;
        }
        if (exists) {
            security.updateUser(name, password, roles);
        } else {
            security.addNewUser(name, password, roles);
        }
    }

    /** Messages currently in a queue, or -1 when it does not exist. */
    public long messageCount(String queueName) {
        Queue queue = broker.getActiveMQServer().locateQueue(queueName);
        return queue == null ? -1 : queue.getMessageCount();
    }

    /** Messages put on a queue since the broker started (a duplicate it dropped is not one), or -1 without it. */
    public long messagesAdded(String queueName) {
        Queue queue = broker.getActiveMQServer().locateQueue(queueName);
        return queue == null ? -1 : queue.getMessagesAdded();
    }

    @Override
    public void close() throws Exception {
        broker.stop();
    }
}
