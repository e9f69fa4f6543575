package io.ordertrail.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/**
 * The cluster's fault drill (issue 22; not a test: it takes minutes and kills processes). Two Ordertrail servers in
 * one data grid behind HAProxy, a live/backup pair of brokers, one PostgreSQL database. REST orders (each confirmed)
 * come through the load balancer and UBL orders from the demo ERP partner through the broker pair, while the drill,
 * one fault at a time:
 * <ol>
 * <li>kills a server with {@code kill -9} and starts it again (three times, taking turns);</li>
 * <li>kills the live broker with {@code kill -9}, so that the backup takes over, then starts it again, so that it
 * takes over back from the backup (twice);</li>
 * <li>restarts PostgreSQL (once).</li>
 * </ol>
 * Afterwards it checks that every acknowledged order exists once, with exactly one stock reservation and one
 * fulfillment task; that each ERP document was taken once and answered; that nothing is on DLQ and the outbox is
 * drained. It reports, for each fault, how long requests failed and how long until handovers (and ERP answers) flowed
 * again. Prints Markdown; exits 1 when a check fails.
 *
 * <pre>
 * bash src/bench/cluster_fault_drill.sh [minutes of load, default 6] [REST orders/s, default 3] [ERP orders/s, 1]
 * </pre>
 * Runs as root (it restarts the machine's PostgreSQL 15 with pg_ctlcluster), against the empty database that
 * {@code ORDERTRAIL_DB_URL} names; works in {@code target/cluster-fault-drill}.
 */
public final class ClusterFaultDrill {

    private static final int BALANCER_PORT = 8095;
    private static final int FIRST_SERVER_PORT = 8096;
    private static final int DATA_GRID_PORT = 6920;
    private static final int BROKER_PORT = 61666;
    private static final int SMTP_PORT = 3055;
    private static final int IMAP_PORT = 3155;
    private static final int MAX_DELIVERY_ATTEMPTS = 5;
    private static final Duration RESUMED_WITHIN = Duration.ofMinutes(3);

    private final Path base = Path.of("").toAbsolutePath();
    private final Path data = base.resolve("target/cluster-fault-drill");
    private final Map<String, String> env = System.getenv();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final List<Fault> faults = new CopyOnWriteArrayList<>();
    private final List<Thread> measuring = new CopyOnWriteArrayList<>();
    private final Instant started = Instant.now();
    private final DrillOrders orders =
            new DrillOrders(java.net.URI.create("http://localhost:" + BALANCER_PORT), this::note);
    private final List<PayaraMicro> servers = new ArrayList<>();
    private final List<PayaraMicro.Launch> launches = new ArrayList<>();
    private Map<String, String> appEnv;
    private BrokerPair brokers;
    private DrillErp erp;

    /** One fault, and how the cluster took it. */
    private static final class Fault {
        final String what;
        final Instant at;
        volatile Duration takenOver; // a broker fail-over: until the other broker served
        volatile Duration handoversAgain;
        volatile Duration answersAgain;
        volatile Instant until; // the next fault

        Fault(String what, Instant at) {
            this.what = what;
            this.at = at;
        }
    }

    private ClusterFaultDrill() {}

    public static void main(String[] args) throws Exception {
        int minutes = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        double restRate = args.length > 1 ? Double.parseDouble(args[1]) : 3;
        double erpRate = args.length > 2 ? Double.parseDouble(args[2]) : 1;
        System.exit(new ClusterFaultDrill().run(Duration.ofMinutes(minutes), restRate, erpRate) ? 0 : 1);
    }

    private boolean run(Duration load, double restRate, double erpRate) throws Exception {
        appEnv = BenchEnvironment.forPostgres(env, BROKER_PORT, SMTP_PORT, BALANCER_PORT);
        // every ERP document repeats the OASIS example's lines for the same buyer: without this, each one after the
        // first would wait for a manager's approval as a likely duplicate, and never be handed over
        appEnv.put("ORDERTRAIL_ORDERS_DUPLICATE_WINDOW_DAYS", "0");
        PayaraMicro.deleteRecursively(data);
        Files.createDirectories(data);
        brokers = BrokerPair.start(
                base,
                data.resolve("brokers"),
                BROKER_PORT,
                MAX_DELIVERY_ATTEMPTS,
                EmbeddedBroker.ApplicationUser.from(env));
        brokers.describeTo(appEnv);
        note("broker pair up: primary " + brokers.primary().port() + " live, backup "
                + brokers.backup().port() + " in step");
        MailCatcher mail = MailCatcher.start(SMTP_PORT, IMAP_PORT);
        LoadBalancer balancer = null;
        try {
            balancer = startServers();
            erp = new DrillErp(
                    brokers.clientUrl(),
                    Files.readString(base.resolve("src/test/resources/ubl/UBL-Order-2.1-Example.xml")),
                    this::note);
            erp.listen();
            Thread restLoad = new Thread(() -> orders.load(restRate), "drill-rest-load");
            Thread erpLoad = new Thread(() -> erp.load(erpRate), "drill-erp-load");
            restLoad.start();
            erpLoad.start();
            note("load started: " + restRate + " REST orders/s through HAProxy, " + erpRate
                    + " ERP orders/s through the broker pair");

            List<FaultStep> steps = List.of(
                    () -> killServer(0),
                    this::failOverBrokers,
                    () -> killServer(1),
                    this::restartDatabase,
                    this::failOverBrokers,
                    () -> killServer(0));
            Duration between = load.dividedBy(steps.size() + 1);
            for (FaultStep step : steps) {
                Thread.sleep(between.toMillis());
                step.run();
            }
            Thread.sleep(between.toMillis());
            orders.stop();
            erp.stop();
            restLoad.join();
            erpLoad.join();
            Instant stopped = Instant.now();
            faults.forEach(fault -> {
                if (fault.until == null) {
                    fault.until = stopped;
                }
            });
            note("load stopped: " + orders.acknowledged().size() + " REST orders acknowledged, " + erp.sent()
                    + " ERP documents sent");
            orders.confirmTheRest();
            for (Thread thread : measuring) {
                thread.join();
            }

            Instant checking = Instant.now();
            Verdict verdict = null;
            while (Duration.between(checking, Instant.now()).compareTo(Duration.ofMinutes(5)) < 0) {
                verdict = verify();
                if (verdict.passed()) {
                    break;
                }
                Thread.sleep(2000);
            }
            note("checked " + Duration.between(checking, Instant.now()).toSeconds() + " s after the load stopped");
            report(load, restRate, erpRate, verdict);
            return verdict.passed();
        } finally {
            if (erp != null) {
                erp.close();
            }
            if (balancer != null) {
                balancer.close();
            }
            for (PayaraMicro server : servers) {
                server.close();
            }
            brokers.close();
            mail.close();
        }
    }

    private interface FaultStep {
        void run() throws Exception;
    }

    private LoadBalancer startServers() throws Exception {
        List<LoadBalancer.Backend> backends = new ArrayList<>();
        String grid = "127.0.0.1:" + DATA_GRID_PORT + ",127.0.0.1:" + (DATA_GRID_PORT + 1);
        for (int i = 0; i < 2; i++) {
            int port = FIRST_SERVER_PORT + i;
            Map<String, String> own = new HashMap<>(appEnv);
            own.put(PayaraMicro.DATA_GRID_MEMBERS, grid);
            own.put(PayaraMicro.DATA_GRID_PORT, String.valueOf(DATA_GRID_PORT + i));
            PayaraMicro.Launch launch = BenchEnvironment.launch(
                    base, data, "server-" + port, port, own, env, data.resolve("server-" + port + ".log"));
            launches.add(launch);
            PayaraMicro server = PayaraMicro.start(launch);
            servers.add(server);
            backends.add(new LoadBalancer.Backend("ordertrail-" + port, port));
            server.awaitReady(Duration.ofSeconds(240)); // the first lays the schema and the demo data alone
        }
        LoadBalancer balancer =
                LoadBalancer.start(data.resolve("load-balancer"), BALANCER_PORT, backends, data.resolve("haproxy.log"));
        note("two servers (" + FIRST_SERVER_PORT + ", " + (FIRST_SERVER_PORT + 1) + ") ready behind HAProxy on "
                + BALANCER_PORT);
        return balancer;
    }

    private void killServer(int index) throws Exception {
        Fault fault = fault("kill -9 of server " + servers.get(index).port());
        servers.get(index).kill();
        servers.set(index, PayaraMicro.restart(launches.get(index)));
        servers.get(index).awaitReady(Duration.ofSeconds(240));
        note("server " + servers.get(index).port() + " back after "
                + Duration.between(fault.at, Instant.now()).toSeconds() + " s");
    }

    private void failOverBrokers() throws Exception {
        BrokerPair.Member live = brokers.live();
        BrokerPair.Member other = live == brokers.primary() ? brokers.backup() : brokers.primary();
        Fault fault = fault("kill -9 of the live broker (" + live + ")");
        live.kill();
        other.awaitState("active", Duration.ofSeconds(60));
        fault.takenOver = Duration.between(fault.at, other.stateSince());
        note(other + " took over after " + fault.takenOver.toMillis() + " ms");
        Thread.sleep(Duration.ofSeconds(20).toMillis()); // the pair runs on one broker for a while
        Fault back = fault("the killed broker started again; it takes over back once in step (fail-back)");
        live.start();
        live.awaitState("active", Duration.ofSeconds(180));
        back.takenOver = Duration.between(back.at, live.stateSince());
        other.awaitState("in-step", Duration.ofSeconds(180));
        note(live + " live again after " + back.takenOver.toSeconds() + " s; " + other + " in step as backup");
    }

    private void restartDatabase() throws Exception {
        fault("restart of PostgreSQL (pg_ctlcluster 15 main restart)");
        Process restart = new ProcessBuilder("pg_ctlcluster", "15", "main", "restart")
                .inheritIO()
                .start();
        if (restart.waitFor() != 0) {
            throw new IllegalStateException("pg_ctlcluster 15 main restart failed: " + restart.exitValue());
        }
        note("PostgreSQL restarted");
    }

    /** Notes a fault, ends the one before, and measures on threads of their own when work flows again after it. */
    private Fault fault(String what) {
        Fault fault = new Fault(what, Instant.now());
        if (!faults.isEmpty()) {
            faults.get(faults.size() - 1).until = fault.at;
        }
        faults.add(fault);
        note(what + " (" + orders.acknowledged().size() + " REST orders acknowledged, " + erp.sent()
                + " ERP documents sent)");
        measure(fault, "handovers", () -> reservedSince(fault.at), took -> fault.handoversAgain = took);
        measure(fault, "ERP answers", () -> erp.answeredSince(fault.at), took -> fault.answersAgain = took);
        return fault;
    }

    private void measure(
            Fault fault, String flow, BooleanSupplier flowing, java.util.function.Consumer<Duration> result) {
        Thread thread = new Thread(
                () -> {
                    Instant until = fault.at.plus(RESUMED_WITHIN);
                    try {
                        // a drill's probe, not a test: it looks five times a second until the work flows again
                        while (!flowing.getAsBoolean()) {
                            if (Instant.now().isAfter(until)) {
                                note(flow + " did not flow again within " + RESUMED_WITHIN.toMinutes() + " min after: "
                                        + fault.what);
                                return;
                            }
                            Thread.sleep(200);
                        }
                        result.accept(Duration.between(fault.at, Instant.now()));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "drill-measure-" + flow);
        measuring.add(thread);
        thread.start();
    }

    /** Whether inventory has reserved stock for an order acknowledged after {@code since}. */
    private boolean reservedSince(Instant since) {
        List<String> numbers = orders.acknowledged().stream()
                .filter(order -> order.at().isAfter(since))
                .map(DrillOrders.Acknowledged::number)
                .toList();
        if (numbers.isEmpty()) {
            return false;
        }
        try (Connection db = BenchEnvironment.database(appEnv);
                PreparedStatement query =
                        db.prepareStatement("select count(*) from stock_reservation where order_number = any (?)")) {
            query.setArray(1, db.createArrayOf("varchar", numbers.toArray()));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1) > 0;
            }
        } catch (SQLException databaseDown) {
            return false; // PostgreSQL is restarting: look again
        }
    }

    private record Verdict(
            DrillOrders.Verdict orders,
            int restOrders,
            int erpSent,
            List<String> unanswered,
            List<String> erpProblems,
            Map<String, Integer> deadLetters) {
        boolean passed() {
            return orders.passed() && unanswered.isEmpty() && erpProblems.isEmpty();
        }
    }

    private Verdict verify() throws SQLException {
        List<String> erpProblems = new ArrayList<>();
        List<String> numbers = new ArrayList<>(orders.numbers());
        numbers.addAll(erp.ordersTaken(appEnv, erpProblems));
        Map<String, Integer> deadLetters = brokers.deadLetters();
        DrillOrders.Verdict checked = DrillOrders.verify(
                appEnv,
                numbers,
                deadLetters.values().stream().mapToInt(Integer::intValue).sum());
        return new Verdict(
                checked, orders.acknowledged().size(), erp.sent(), erp.unanswered(), erpProblems, deadLetters);
    }

    private void report(Duration load, double restRate, double erpRate, Verdict verdict) {
        DrillOrders.Verdict checked = verdict.orders();
        StringBuilder out = new StringBuilder();
        out.append("## Cluster fault drill ").append(started).append("\n\n");
        out.append(String.format(
                "Load %d min: %.1f REST orders/s through HAProxy (each confirmed), %.1f ERP orders/s through the"
                        + " broker pair. Two servers, a live/backup broker pair, PostgreSQL 15; %d cores.%n%n",
                load.toMinutes(), restRate, erpRate, Runtime.getRuntime().availableProcessors()));
        out.append("| check | result |\n|---|---|\n");
        row(out, "REST orders acknowledged (201/200)", verdict.restOrders());
        row(
                out,
                "ERP documents sent / answered",
                verdict.erpSent() + " / "
                        + (verdict.erpSent() - verdict.unanswered().size()));
        row(
                out,
                "… ERP documents taken exactly once",
                verdict.erpSent() - verdict.erpProblems().size());
        row(out, "… answered again later (inventory moved the promised date)", erp.answeredAgain());
        row(out, "orders checked (REST and ERP)", checked.orders());
        row(
                out,
                "… handed over once to each team: each line reserved once, one task once confirmed",
                checked.orders() - checked.problems().size());
        row(out, "reservations / fulfillment tasks in total", checked.reservations() + " / " + checked.tasks());
        row(
                out,
                "messages on DLQ",
                checked.deadLetters()
                        + (verdict.deadLetters().isEmpty() ? "" : " (sent to " + verdict.deadLetters() + ")"));
        row(out, "outbox messages not sent", checked.unsent());
        row(out, "REST requests that failed and were sent again", orders.failedRequests());
        row(out, "ERP sends that failed and were sent again (same duplicate id)", erp.failedSends());
        row(out, "ERP answers delivered to the client twice (same answer)", erp.deliveredAgain());
        row(out, "verdict", verdict.passed() ? "**passed**" : "**FAILED**");
        out.append("\nFailover times:\n\n")
                .append("| fault | at | other broker live after | REST requests failed for | handovers again after"
                        + " | ERP answers again after |\n|---|---|---|---|---|---|\n");
        for (Fault fault : faults) {
            out.append("| ")
                    .append(fault.what)
                    .append(" | ")
                    .append(seconds(Duration.between(started, fault.at)))
                    .append(" | ")
                    .append(fault.takenOver == null ? "" : seconds(fault.takenOver))
                    .append(" | ")
                    .append(seconds(orders.longestOutage(fault.at, fault.until)))
                    .append(" | ")
                    .append(fault.handoversAgain == null ? "not within 3 min" : seconds(fault.handoversAgain))
                    .append(" | ")
                    .append(fault.answersAgain == null ? "not within 3 min" : seconds(fault.answersAgain))
                    .append(" |\n");
        }
        out.append("\nTimeline:\n\n");
        log.forEach(line -> out.append("- ").append(line).append('\n'));
        List<String> problems = new ArrayList<>(checked.problems());
        problems.addAll(verdict.erpProblems());
        verdict.unanswered().forEach(id -> problems.add(id + ": no answer"));
        erp.strayAnswers().forEach(text -> problems.add("an answer naming no drill document: " + text));
        if (!problems.isEmpty()) {
            out.append("\nProblems (first 20):\n\n");
            problems.stream().limit(20).forEach(p -> out.append("- ").append(p).append('\n'));
        }
        System.out.println(out);
    }

    private static void row(StringBuilder out, String check, Object result) {
        out.append("| ").append(check).append(" | ").append(result).append(" |\n");
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }

    private void note(String what) {
        String line = String.format(
                "%5.1f s: %s", Duration.between(started, Instant.now()).toMillis() / 1000.0, what);
        log.add(line);
        System.out.println("[drill] " + line);
    }
}
