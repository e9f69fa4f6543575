package io.ordertrail.testsupport;

import io.ordertrail.devstack.EmbeddedBroker;
import io.ordertrail.devstack.PayaraMicro;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * An Ordertrail of a test's own, laid out as the run command lays out its data directory: the H2 database in
 * {@code db/}, the embedded broker's journal in {@code broker/}, the purge archive in {@code archive/}, with demo
 * data. Its own broker, so that its handovers never reach the shared instances' listeners. For tests that stop,
 * signal or join the server to something; the others share {@link SharedOrdertrail}.
 */
public final class OwnOrdertrail implements AutoCloseable {

    /**
     * The tag of test classes that start their own instance on its own H2 database, whatever database the run is
     * for: what they test does not depend on it, so CI's PostgreSQL run leaves them out ({@code -DexcludedGroups}).
     */
    public static final String OWN_H2 = "own-h2";

    private final Path data;
    private final int port;
    private final Map<String, String> environment;
    private EmbeddedBroker broker;
    private PayaraMicro server;

    private OwnOrdertrail(Path data, int port, Map<String, String> environment) {
        this.data = data;
        this.port = port;
        this.environment = environment;
    }

    /** Starts the broker and the server on an empty data directory; {@code settings} add to or replace the defaults. */
    public static OwnOrdertrail start(Path data, Map<String, String> settings) throws Exception {
        Directories.deleteRecursively(data);
        int port = freePort();
        Map<String, String> environment = new HashMap<>();
        environment.put("ORDERTRAIL_DEMO_DATA", "true");
        environment.put("ORDERTRAIL_DB_URL", "jdbc:h2:file:" + data.resolve("db/ordertrail"));
        environment.put("ORDERTRAIL_DB_DATASOURCE", "org.h2.jdbcx.JdbcDataSource");
        environment.put("ORDERTRAIL_DB_USER", "ordertrail");
        environment.put("ORDERTRAIL_DB_PASSWORD", "ordertrail");
        environment.put(
                "ORDERTRAIL_RECORDS_ARCHIVE_DIR", data.resolve("archive").toString());
        environment.put("ORDERTRAIL_SMTP_PORT", System.getProperty("ordertrail.it.smtpPort"));
        environment.put("ORDERTRAIL_PUBLIC_URL", "http://localhost:" + port);
        environment.putAll(settings);
        OwnOrdertrail ordertrail = new OwnOrdertrail(data, port, environment);
        ordertrail.startBroker();
        ordertrail.startServer();
        return ordertrail;
    }

    public URI baseUri() {
        return URI.create("http://localhost:" + port + "/");
    }

    public int port() {
        return port;
    }

    public Path data() {
        return data;
    }

    /** The server's process id, to signal it. */
    public long pid() {
        return server.pid();
    }

    /** Where the server keeps its runtime (its domain configuration, its logging.properties). */
    public Path runtime() {
        return data.resolve("payara-runtime");
    }

    public void startBroker() throws Exception {
        int brokerPort = freePort();
        broker = EmbeddedBroker.start(
                Path.of(System.getProperty("ordertrail.brokerConfig")),
                data.resolve("broker"),
                brokerPort,
                3,
                new EmbeddedBroker.ApplicationUser("ordertrail", "ordertrail"));
        environment.put("ORDERTRAIL_JMS_PORT", String.valueOf(brokerPort));
    }

    /** Starts the server (again) on the same data, broker and port, and waits until it is ready. */
    public void startServer() throws Exception {
        server = PayaraMicro.start(
                ItEnvironment.launch(runtime(), port, environment, data.resolveSibling(data.getFileName() + ".log")));
        server.awaitReady(Duration.ofSeconds(180));
    }

    public void stopServer() throws InterruptedException {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** Stops the server and the broker, as the run command's Ctrl-C does. */
    @Override
    public void close() throws Exception {
        try {
            stopServer();
        } finally {
            if (broker != null) {
                broker.close();
                broker = null;
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
