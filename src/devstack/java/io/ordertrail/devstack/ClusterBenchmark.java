package io.ordertrail.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders per second with one Ordertrail server and with two, on this machine, in one run (issue 22,
 * {@code src/bench/cluster.sh}). Each phase takes REST orders (the channels benchmark's client: a new customer per
 * client, then orders) from the same clients for the same time, on fresh servers of the same build, one PostgreSQL
 * database and one broker:
 * <ol>
 * <li>one server alone, as the run command starts it: no data grid, no load balancer;</li>
 * <li>the same server in a data grid, behind HAProxy: what the cluster's parts cost when there is no second server to
 * share the work;</li>
 * <li>two servers in one data grid, behind HAProxy.</li>
 * </ol>
 * After each phase it waits until both teams have every order, so that a backlog is not measured in the next phase.
 */
public final class ClusterBenchmark {

    private static final int FIRST_SERVER_PORT = ChannelBenchmark.HTTP_PORT + 1;
    private static final int DATA_GRID_PORT = 6950;

    private ClusterBenchmark() {}

    record Phase(String name, int servers, ChannelBenchmark.Result result, String databaseWork) {}

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        Map<String, String> env = System.getenv();
        Map<String, String> appEnv = BenchEnvironment.forPostgres(
                env, ChannelBenchmark.BROKER_PORT, ChannelBenchmark.SMTP_PORT, ChannelBenchmark.HTTP_PORT);
        // every client repeats its order: without this each repeat would wait as a likely duplicate
        appEnv.put("ORDERTRAIL_ORDERS_DUPLICATE_WINDOW_DAYS", "0");
        Path base = Path.of("").toAbsolutePath();
        Path data = base.resolve("target/cluster-benchmark");
        PayaraMicro.deleteRecursively(data);
        Files.createDirectories(data);
        List<Phase> phases = new ArrayList<>();
        try (EmbeddedBroker broker = BenchEnvironment.startBroker(base, data, env);
                MailCatcher mail = MailCatcher.start(ChannelBenchmark.SMTP_PORT, ChannelBenchmark.IMAP_PORT)) {
            phases.add(phase("one server alone", 1, false, seconds, clients, base, data, appEnv, env));
            phases.add(phase("one server, data grid, HAProxy", 1, true, seconds, clients, base, data, appEnv, env));
            phases.add(phase("two servers, data grid, HAProxy", 2, true, seconds, clients, base, data, appEnv, env));
        }
        double alone = phases.get(0).result().rate();
        System.out.println();
        System.out.printf("REST orders, %d clients, %d s per phase, on %d cores%n", clients, seconds, cores());
        System.out.println();
        System.out.println("| phase | servers | orders/s | median (ms) | p99 (ms) | errors | of one alone |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Phase phase : phases) {
            ChannelBenchmark.Result r = phase.result();
            System.out.printf(
                    "| %s | %d | %.1f | %.1f | %.1f | %d | %.0f %% |%n",
                    phase.name(),
                    phase.servers(),
                    r.rate(),
                    r.percentile(50),
                    r.percentile(99),
                    r.errors,
                    100 * r.rate() / alone);
        }
        System.out.println();
        for (Phase phase : phases) {
            System.out.println(phase.name() + ": " + phase.databaseWork());
        }
    }

    private static Phase phase(
            String name,
            int count,
            boolean balanced,
            int seconds,
            int clients,
            Path base,
            Path data,
            Map<String, String> appEnv,
            Map<String, String> env)
            throws Exception {
        System.out.println("=== " + name);
        List<PayaraMicro> servers = new ArrayList<>();
        LoadBalancer balancer = null;
        try {
            List<LoadBalancer.Backend> backends = new ArrayList<>();
            List<String> grid = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                grid.add("127.0.0.1:" + (DATA_GRID_PORT + i));
            }
            for (int i = 0; i < count; i++) {
                Map<String, String> own = new HashMap<>(appEnv);
                int port = balanced ? FIRST_SERVER_PORT + i : ChannelBenchmark.HTTP_PORT;
                if (balanced) {
                    own.put(PayaraMicro.DATA_GRID_MEMBERS, String.join(",", grid));
                    own.put(PayaraMicro.DATA_GRID_PORT, String.valueOf(DATA_GRID_PORT + i));
                }
                String runtime = name.replaceAll("\\W+", "-") + "-" + port;
                PayaraMicro server = BenchEnvironment.startOrdertrail(base, data, runtime, port, own, env);
                servers.add(server);
                backends.add(new LoadBalancer.Backend("ordertrail-" + port, port));
                server.awaitReady(Duration.ofSeconds(240));
            }
            if (balanced) {
                balancer = LoadBalancer.start(
                        data.resolve("load-balancer"),
                        ChannelBenchmark.HTTP_PORT,
                        backends,
                        data.resolve("haproxy.log"));
            }
            ChannelBenchmark.DatabaseWork before = ChannelBenchmark.DatabaseWork.of(appEnv);
            Instant began = Instant.now();
            ChannelBenchmark.Result result = ChannelBenchmark.run(name, clients, seconds, ChannelBenchmark::restClient);
            System.out.println(name + ": both teams had every order "
                    + ChannelBenchmark.drain(appEnv, began).toMillis() + " ms after the last client stopped");
            return new Phase(
                    name,
                    count,
                    result,
                    ChannelBenchmark.DatabaseWork.of(appEnv).since(before));
        } finally {
            if (balancer != null) {
                balancer.close();
            }
            for (PayaraMicro server : servers) {
                server.close();
            }
        }
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }
}
