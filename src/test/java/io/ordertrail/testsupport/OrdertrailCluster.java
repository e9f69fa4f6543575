package io.ordertrail.testsupport;

import io.ordertrail.devstack.EmbeddedBroker;
import io.ordertrail.devstack.LoadBalancer;
import io.ordertrail.devstack.PayaraMicro;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.h2.tools.Server;

/**
 * Several Ordertrail servers on one database and one broker, as a company runs them behind a load balancer: the
 * database is the run's kind, PostgreSQL ({@code it.cluster.db.url}, an empty database CI makes) or H2 served over TCP
 * from this process, emptied first. Each server is named {@code server-1}, {@code server-2}, … (ORDERTRAIL_INSTANCE_NAME).
 */
public final class OrdertrailCluster implements AutoCloseable {

    private static final String USER = "ordertrail";
    private static final String PASSWORD = "ordertrail";

    private final Path data;
    private final Map<String, String> environment = new HashMap<>();
    private final List<PayaraMicro> servers = new ArrayList<>();
    private final List<PayaraMicro.Launch> launches = new ArrayList<>();
    private LoadBalancer loadBalancer;
    private String databaseUrl;
    private Server h2;
    private EmbeddedBroker broker;

    private OrdertrailCluster(Path data) {
        this.data = data;
    }

    /** Starts the database, the broker and {@code count} servers, the first alone (it lays the schema and demo data). */
    public static OrdertrailCluster start(Path data, int count) throws Exception {
        Directories.deleteRecursively(data);
        Files.createDirectories(data);
        OrdertrailCluster cluster = new OrdertrailCluster(data);
        try {
            cluster.startDatabase();
            cluster.startBroker();
            cluster.environment.put("ORDERTRAIL_DEMO_DATA", "true");
            cluster.environment.put("ORDERTRAIL_API_REQUESTS_PER_MINUTE", "100000");
            // the escalation job's turns: 3 s (lease 9 s), not 10 s, so a test watches it move in seconds, not minutes
            cluster.environment.put("ORDERTRAIL_SPECIAL_REQUESTS_CHECK_EVERY", "PT3S");
            cluster.environment.put("ORDERTRAIL_SMTP_PORT", System.getProperty("ordertrail.it.smtpPort"));
            List<String> dataGrid = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                dataGrid.add("127.0.0.1:" + freePort());
            }
            // one data grid, which keeps the sessions: a session goes on on the other server when its own dies
            cluster.environment.put(PayaraMicro.DATA_GRID_MEMBERS, String.join(",", dataGrid));
            for (int i = 1; i <= count; i++) {
                cluster.environment.put(
                        PayaraMicro.DATA_GRID_PORT, dataGrid.get(i - 1).substring("127.0.0.1:".length()));
                cluster.startServer(i);
            }
        } catch (Exception | Error e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    private void startDatabase() throws Exception {
        String postgres = System.getProperty("ordertrail.it.clusterDbUrl", "");
        if (postgres.startsWith("jdbc:postgresql:")) {
            databaseUrl = postgres;
            try (Connection db = database();
                    Statement empty = db.createStatement()) {
                empty.execute("drop schema public cascade");
                empty.execute("create schema public");
            }
            environment.put("ORDERTRAIL_DB_DATASOURCE", "org.postgresql.ds.PGSimpleDataSource");
        } else {
            h2 = Server.createTcpServer(
                            "-tcpPort", String.valueOf(freePort()), "-ifNotExists", "-baseDir", data.toString())
                    .start();
            databaseUrl = "jdbc:h2:tcp://localhost:" + h2.getPort() + "/cluster";
            environment.put("ORDERTRAIL_DB_DATASOURCE", "org.h2.jdbcx.JdbcDataSource");
        }
        environment.put("ORDERTRAIL_DB_URL", databaseUrl);
        environment.put("ORDERTRAIL_DB_USER", USER);
        environment.put("ORDERTRAIL_DB_PASSWORD", PASSWORD);
    }

    private void startBroker() throws Exception {
        int port = freePort();
        broker = EmbeddedBroker.start(
                Path.of(System.getProperty("ordertrail.brokerConfig")),
                data.resolve("broker"),
                port,
                ItEnvironment.MAX_DELIVERY_ATTEMPTS,
                ItEnvironment.APPLICATION);
        environment.put("ORDERTRAIL_JMS_HOST", "127.0.0.1");
        environment.put("ORDERTRAIL_JMS_PORT", String.valueOf(port));
    }

    private void startServer(int number) throws Exception {
        int port = freePort();
        Map<String, String> own = new HashMap<>(environment);
        own.put(PayaraMicro.INSTANCE_NAME, name(number));
        own.put("ORDERTRAIL_PUBLIC_URL", "http://localhost:" + port);
        own.put("ORDERTRAIL_RECORDS_ARCHIVE_DIR", data.resolve("archive").toString());
        PayaraMicro.Launch launch = ItEnvironment.launch(data.resolve(name(number)), port, own, log(number));
        PayaraMicro server = PayaraMicro.start(launch);
        launches.add(launch);
        servers.add(server);
        server.awaitReady(Duration.ofSeconds(180));
    }

    /** Starts server {@code number} again after {@link #kill}, on its runtime directory, and waits until it serves. */
    public void restart(int number) throws Exception {
        PayaraMicro server = PayaraMicro.restart(launches.get(number - 1));
        servers.set(number - 1, server);
        server.awaitReady(Duration.ofSeconds(180));
    }

    /** HAProxy in front of the servers, started at the first call; stopped with the cluster. */
    public LoadBalancer loadBalancer() throws Exception {
        if (loadBalancer == null) {
            List<LoadBalancer.Backend> backends = new ArrayList<>();
            for (int i = 1; i <= servers.size(); i++) {
                backends.add(
                        new LoadBalancer.Backend(name(i), servers.get(i - 1).port()));
            }
            loadBalancer = LoadBalancer.start(
                    data.resolve("load-balancer"), freePort(), backends, data.resolve("haproxy.log"));
        }
        return loadBalancer;
    }

    /** The name server {@code number} (from 1) claims its work under. */
    public static String name(int number) {
        return "server-" + number;
    }

    public URI baseUri(int number) {
        return servers.get(number - 1).baseUri();
    }

    /** Where server {@code number} writes its output. */
    public Path log(int number) {
        return data.resolve(name(number) + ".log");
    }

    /** Kills server {@code number}, kill -9. */
    public void kill(int number) throws IOException, InterruptedException {
        servers.get(number - 1).kill();
    }

    /** A connection to the servers' database, as its owner. */
    public Connection database() throws SQLException {
        return DriverManager.getConnection(databaseUrl, USER, PASSWORD);
    }

    public EmbeddedBroker broker() {
        return broker;
    }

    @Override
    public void close() throws Exception {
        try {
            if (loadBalancer != null) {
                loadBalancer.close();
            }
            for (PayaraMicro server : servers) {
                server.close();
            }
        } finally {
            try {
                if (broker != null) {
                    broker.close();
                }
            } finally {
                if (h2 != null) {
                    h2.stop();
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
