package io.ordertrail.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.h2.tools.Server;

/**
 * The README's cluster command: several Ordertrail servers on this machine, as a company runs them when one is not
 * enough (issue 22):
 * <ul>
 * <li>one database: the one {@code ORDERTRAIL_DB_URL} names ({@code bin/cluster} starts the local PostgreSQL and names
 * it), or else H2 served over TCP from this process;</li>
 * <li>a live/backup pair of brokers, each in a JVM of its own, and the mail catcher, unless the environment names
 * production ones (as the run command);</li>
 * <li>{@code ORDERTRAIL_CLUSTER_SERVERS} servers (2) on the ports after {@code ORDERTRAIL_HTTP_PORT}, in one data grid
 * that keeps the sessions;</li>
 * <li>HAProxy on {@code ORDERTRAIL_HTTP_PORT} (8080) in front of them, checking their {@code /health/ready}.</li>
 * </ul>
 * Ctrl-C stops everything it started.
 */
public final class DevCluster {

    private static final int DATA_GRID_START = 6900;
    private static final int H2_PORT = 9092;

    private DevCluster() {}

    public static void main(String[] args) throws Exception {
        Instant started = Instant.now();
        Map<String, String> env = System.getenv();
        Path base = Path.of("").toAbsolutePath();
        Path data =
                Path.of(env.getOrDefault("ORDERTRAIL_DATA_DIR", "data/cluster")).toAbsolutePath();
        int balancerPort = Integer.parseInt(env.getOrDefault("ORDERTRAIL_HTTP_PORT", "8080"));
        int count = Integer.parseInt(env.getOrDefault("ORDERTRAIL_CLUSTER_SERVERS", "2"));
        if (count < 1 || count > 9) {
            throw new IllegalArgumentException(
                    "ORDERTRAIL_CLUSTER_SERVERS is " + count + ": give a number of servers from 1 to 9");
        }
        Path logs = Files.createDirectories(data.resolve("logs"));

        Map<String, String> appEnv = LocalServices.applicationEnvironmentOrExit(env, data);
        List<AutoCloseable> running = new ArrayList<>(); // stopped in the reverse order
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            System.out.println("Ordertrail cluster: stopping the load balancer, the servers and what"
                                    + " else it started…");
                            for (AutoCloseable part : running) {
                                try {
                                    part.close();
                                } catch (Exception e) {
                                    System.err.println("Ordertrail cluster: could not stop " + part + ": " + e);
                                }
                            }
                            stopped.countDown();
                        },
                        "ordertrail-cluster-shutdown"));

        String database = env.get("ORDERTRAIL_DB_URL");
        if (database == null) {
            Server h2 = Server.createTcpServer(
                            "-tcpPort",
                            String.valueOf(H2_PORT),
                            "-ifNotExists",
                            "-baseDir",
                            data.resolve("db").toString())
                    .start();
            running.add(0, h2::stop);
            database = "jdbc:h2:tcp://localhost:" + H2_PORT + "/ordertrail";
            appEnv.put("ORDERTRAIL_DB_URL", database);
            appEnv.put("ORDERTRAIL_DB_DATASOURCE", "org.h2.jdbcx.JdbcDataSource");
            appEnv.put("ORDERTRAIL_DB_USER", "ordertrail");
            appEnv.put("ORDERTRAIL_DB_PASSWORD", "ordertrail");
        }
        LocalServices services = LocalServices.start(env, base, data, appEnv, true);
        running.add(0, services);
        appEnv.putIfAbsent("ORDERTRAIL_PUBLIC_URL", "http://localhost:" + balancerPort);
        String dataGrid = IntStream.range(0, count)
                .mapToObj(i -> "127.0.0.1:" + (DATA_GRID_START + i))
                .collect(Collectors.joining(","));
        appEnv.put(PayaraMicro.DATA_GRID_MEMBERS, dataGrid);

        List<PayaraMicro> servers = new ArrayList<>();
        List<LoadBalancer.Backend> backends = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            int port = balancerPort + i;
            Map<String, String> own = new HashMap<>(appEnv);
            own.put(PayaraMicro.DATA_GRID_PORT, String.valueOf(DATA_GRID_START + i - 1));
            Path output = logs.resolve("ordertrail-" + port + ".out");
            PayaraMicro server = PayaraMicro.start(DevStack.launch(
                    base,
                    data.resolve("server-" + port),
                    port,
                    own,
                    env,
                    ProcessBuilder.Redirect.appendTo(output.toFile())));
            running.add(0, server);
            servers.add(server);
            backends.add(new LoadBalancer.Backend("ordertrail-" + port, port));
            System.out.println("Ordertrail cluster: starting ordertrail-" + port + " (output: " + output + ")");
            if (i == 1) {
                server.awaitReady(Duration.ofSeconds(240)); // the first lays the schema and the demo data alone
            }
        }
        for (PayaraMicro server : servers) {
            server.awaitReady(Duration.ofSeconds(240));
        }
        LoadBalancer balancer =
                LoadBalancer.start(data.resolve("load-balancer"), balancerPort, backends, logs.resolve("haproxy.log"));
        running.add(0, balancer);

        double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
        System.out.printf(
                """

                ================================================================================
                 The Ordertrail cluster is ready after %.1f s:  %s  (HAProxy)
                 Servers: %s
                   each page names its server at its foot, and so does the header %s
                   to anyone signed in; the cookie %s keeps a browser on its server
                 Demo logins (password: demo): sales, inventory, fulfillment, manager, admin
                 Database: %s   Data grid: %s
                 Data and logs: %s
                 %s
                 Stop everything with Ctrl-C.
                ================================================================================
                %n""",
                seconds,
                balancer.uri(),
                servers.stream()
                        .map(server -> server.baseUri() + " (health: " + server.baseUri() + "health/ready)")
                        .collect(Collectors.joining("\n          ")),
                "X-Ordertrail-Server",
                LoadBalancer.COOKIE,
                database,
                dataGrid,
                data,
                services.describe());
        stopped.await();
    }
}
