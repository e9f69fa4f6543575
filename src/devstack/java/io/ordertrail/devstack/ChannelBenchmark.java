package io.ordertrail.devstack;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.activemq.artemis.jms.client.ActiveMQJMSConnectionFactory;

/**
 * The channels benchmark of issue 7 (a script, not a test): orders per second and time to answer for the online
 * platform (REST: {@code POST /api/orders} to its 201) and for ERP systems (UBL Order on {@code erp.orders.in} to its
 * OrderResponse on the sender's reply queue), each with 8 concurrent clients in a closed loop, against Ordertrail on
 * PostgreSQL. Then {@code ../shared/bench/pgbench-baseline.sh} at 8 clients in the same run, as the yardstick.
 * Each channel runs unmeasured first (the warm-up, 120 s each by default, then shorter rounds of all three until the
 * JIT compilers have settled), so that what is measured is a server whose compiler has done its work; each row also
 * gives the server's CPU per request ({@link ServerCpu}), the figure that drifts least on a shared machine, and the
 * share of it the compilers still took.
 *
 * <pre>
 * ORDERTRAIL_DB_URL=jdbc:postgresql://localhost:5432/ordertrail_channels ORDERTRAIL_DB_USER=ordertrail \
 * ORDERTRAIL_DB_PASSWORD=ordertrail java -cp "target/test-classes:$(cat target/devstack.classpath)" \
 *   io.ordertrail.devstack.ChannelBenchmark [seconds per channel, default 30] [clients, default 8] \
 *   [warm-up seconds per channel, default 120]
 * </pre>
 */
public final class ChannelBenchmark {

    static final int HTTP_PORT = 8092;
    static final int BROKER_PORT = 61656;
    static final int SMTP_PORT = 3055;
    static final int IMAP_PORT = 3155;
    private static final Duration WARM_UP = Duration.ofSeconds(5);
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final String AUTH =
            "Basic " + Base64.getEncoder().encodeToString("integration:demo".getBytes(StandardCharsets.UTF_8));

    private ChannelBenchmark() {}

    /**
     * The database connections the server holds once the load is over, from its {@code /metrics}: a few at most
     * (a timer's run); more, and staying, would be connections no one gives back. Asked again for up to 10 s while
     * more than one is in use.
     */
    private static String connectionsInUse() throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString("metrics:demo".getBytes(StandardCharsets.UTF_8));
        HttpRequest scrape = HttpRequest.newBuilder(URI.create("http://localhost:" + HTTP_PORT + "/metrics"))
                .header("Accept", "text/plain")
                .header("Authorization", auth)
                .build();
        java.util.regex.Pattern inUse =
                java.util.regex.Pattern.compile("(?m)^ordertrail_connection_pool_in_use\\{[^}]*\\} ([0-9]+)");
        Instant until = Instant.now().plusSeconds(10);
        while (true) {
            HttpResponse<String> response = HTTP.send(scrape, HttpResponse.BodyHandlers.ofString());
            java.util.regex.Matcher found = inUse.matcher(response.body());
            if (response.statusCode() != 200 || !found.find()) {
                return "the connection pool's figures could not be read from /metrics (HTTP " + response.statusCode()
                        + ")";
            }
            int connections = Integer.parseInt(found.group(1));
            if (connections <= 1 || Instant.now().isAfter(until)) {
                return connections + " of the pool's " + io.ordertrail.platform.Resources.DATABASE_CONNECTIONS
                        + " database connections in use";
            }
            Thread.sleep(500);
        }
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 120;
        Map<String, String> env = System.getenv();
        Map<String, String> appEnv = BenchEnvironment.forPostgres(env, BROKER_PORT, SMTP_PORT, HTTP_PORT);
        Path base = Path.of("").toAbsolutePath();
        Path data = base.resolve("target/channel-benchmark");
        PayaraMicro.deleteRecursively(data);
        Files.createDirectories(data);
        EmbeddedBroker broker = BenchEnvironment.startBroker(base, data, env);
        MailCatcher mail = MailCatcher.start(SMTP_PORT, IMAP_PORT);
        // every client repeats its order: without this each repeat would wait as a likely duplicate
        appEnv.put("ORDERTRAIL_ORDERS_DUPLICATE_WINDOW_DAYS", "0");
        PayaraMicro payara = BenchEnvironment.startOrdertrail(base, data, "payara-runtime", appEnv, env);
        try {
            payara.awaitReady(Duration.ofSeconds(180));
            String order = Files.readString(base.resolve("src/test/resources/ubl/UBL-Order-2.1-Example.xml"));
            restock(appEnv);
            ServerCpu cpu = new ServerCpu(payara.pid());
            warmUp(appEnv, cpu, clients, warmUp, order);
            Instant began = Instant.now();
            DatabaseWork beforeRest = DatabaseWork.of(appEnv);
            ServerCpu.Mark restFrom = cpu.mark();
            Result rest = run("REST", clients, seconds, client -> restClient(client));
            System.out.println("REST: both teams had every order "
                    + drain(appEnv, began).toMillis() + " ms after the last client stopped");
            rest.serverCpu = restFrom.perRequestSince(rest.completed.get());
            rest.compilers = restFrom.compilersShareSince();
            DatabaseWork beforePaced = DatabaseWork.of(appEnv);
            System.out.println("REST: " + beforePaced.since(beforeRest));
            Instant pacedFrom = Instant.now();
            ServerCpu.Mark pacedCpuFrom = cpu.mark();
            Result paced = paced("REST at half that rate, to the 201", rest.rate() / 2, seconds);
            System.out.println("REST at half rate: both teams had every order "
                    + drain(appEnv, pacedFrom).toMillis() + " ms after the last order; "
                    + HandoverLag.since(appEnv, pacedFrom));
            paced.serverCpu = pacedCpuFrom.perRequestSince(paced.completed.get());
            paced.compilers = pacedCpuFrom.compilersShareSince();
            DatabaseWork beforeErp = DatabaseWork.of(appEnv);
            ServerCpu.Mark erpFrom = cpu.mark();
            Instant erpBegan = Instant.now();
            ERP_TIMES.clear();
            TIMING_ERP.set(true);
            Result erp = run("ERP", clients, seconds, client -> erpClient(order));
            TIMING_ERP.set(false);
            System.out.println("ERP: " + ErpRoundTrip.of(appEnv, erpBegan));
            System.out.println("ERP: both teams had every order "
                    + drain(appEnv, began).toMillis() + " ms after the last client stopped");
            erp.serverCpu = erpFrom.perRequestSince(erp.completed.get());
            erp.compilers = erpFrom.compilersShareSince();
            System.out.println("ERP: " + DatabaseWork.of(appEnv).since(beforeErp));
            System.out.println("ERP: " + REANSWERED.get() + " earlier orders answered again (inventory found them"
                    + " short after another order took the stock, and moved the promised date)");
            ServerCpu.Mark floorFrom = cpu.mark();
            Result floor = run("REST floor: GET /api/products", clients, seconds, client -> floorClient());
            floor.serverCpu = floorFrom.perRequestSince(floor.completed.get());
            floor.compilers = floorFrom.compilersShareSince();
            System.out.println("after the load: " + connectionsInUse());
            stop(payara, broker, mail);
            // the yardstick with the server, the broker and the mail catcher stopped, as the shell script ran it
            double pgbench = pgbench(base, clients);
            System.out.println();
            System.out.printf("PostgreSQL yardstick (pgbench-baseline.sh, %d clients): %.0f TPS%n", clients, pgbench);
            System.out.println();
            System.out.println("| channel | clients | requests | per second | median (ms) | p99 (ms) | errors"
                    + " | share of the floor | share of pgbench | server CPU per request (ms) | in floor calls"
                    + " | JIT compilers' share of that CPU |");
            System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
            for (Result r : List.of(rest, paced, erp, floor)) {
                System.out.printf(
                        "| %s | %s | %d | %.1f | %.1f | %.1f | %d | %.1f %% | %.2f %% | %.1f | %.1f | %.1f %% |%n",
                        r.name,
                        r == paced ? "open loop" : String.valueOf(clients),
                        r.latencies.size(),
                        r.rate(),
                        r.percentile(50),
                        r.percentile(99),
                        r.errors,
                        100 * r.rate() / floor.rate(),
                        100 * r.rate() / pgbench,
                        r.serverCpu,
                        r.serverCpu / floor.serverCpu,
                        r.compilers);
            }
        } finally {
            stop(payara, broker, mail);
        }
    }

    /**
     * Puts a million more of every product on the shelves, as a delivery would, straight in the database (no entity
     * of stock is in EclipseLink's shared cache). The demo stock runs out after a few thousand orders, and from then
     * on every order would take inventory's shortage path and each ERP order a second answer: another workload than
     * the one measured before the warm-up was long.
     */
    static void restock(Map<String, String> appEnv) throws Exception {
        try (Connection db = BenchEnvironment.database(appEnv);
                PreparedStatement more = db.prepareStatement("update stock_level set on_hand = on_hand + 1000000")) {
            System.out.println("restocked: " + more.executeUpdate() + " stock levels, a million more each");
        }
    }

    /**
     * Runs each channel for the warm-up's seconds, unmeasured, then settles: rounds of all three channels, shorter,
     * until the JIT compilers take less than {@link #SETTLED_COMPILERS_SHARE} % of the server's CPU in a round.
     *
     * <p>It is a server that has run for a while whose cost is measured. On 2 cores the production profile's one C2
     * thread is busy for minutes after a start, and it drops what it has queued for a channel that stops running
     * (HotSpot removes stale compile tasks): with the three warm-ups alone, C2 still took 27 s of CPU in the 37 s of
     * the measured REST phase (Flight Recorder, 2026-12-04), compiling REST's own methods.
     */
    static void warmUp(Map<String, String> appEnv, ServerCpu cpu, int clients, int seconds, String order)
            throws Exception {
        if (seconds <= 0) {
            return;
        }
        Instant from = Instant.now();
        ServerCpu.Mark warmUpFrom = cpu.mark();
        run("warm-up, REST", clients, seconds, client -> restClient(client));
        run("warm-up, ERP", clients, seconds, client -> erpClient(order));
        run("warm-up, floor", clients, seconds, client -> floorClient());
        System.out.printf(
                "warm-up: the JIT compilers took %.1f %% of the server's CPU%n", warmUpFrom.compilersShareSince());
        int settleSeconds = Math.max(5, seconds / 8);
        for (int round = 1; round <= SETTLE_ROUNDS; round++) {
            ServerCpu.Mark roundFrom = cpu.mark();
            run("settling, REST", clients, settleSeconds, client -> restClient(client));
            run("settling, ERP", clients, settleSeconds, client -> erpClient(order));
            run("settling, floor", clients, settleSeconds, client -> floorClient());
            double compilers = roundFrom.compilersShareSince();
            System.out.printf(
                    "settling, round %d: the JIT compilers took %.1f %% of the server's CPU%n", round, compilers);
            if (Double.isNaN(compilers) || compilers < SETTLED_COMPILERS_SHARE) {
                break;
            }
            if (round == SETTLE_ROUNDS) {
                System.out.println("settling: the compilers were still busy after " + SETTLE_ROUNDS
                        + " rounds; the figures below include their work (see each row's compilers' share)");
            }
        }
        System.out.println("warm-up: both teams had every order "
                + drain(appEnv, from).toMillis() + " ms after the last client stopped");
        System.out.println();
    }

    /** A round of all three channels in which the compilers take less than this share ends the warm-up. */
    static final double SETTLED_COMPILERS_SHARE = 3.0;

    private static final int SETTLE_ROUNDS = 8;

    private static boolean stopped;

    private static void stop(PayaraMicro payara, EmbeddedBroker broker, MailCatcher mail) throws Exception {
        if (!stopped) {
            stopped = true;
            payara.close();
            broker.close();
            mail.close();
        }
    }

    /**
     * Waits until both teams have received every order recorded since {@code since} and nothing waits in the outbox,
     * so that one channel's backlog is not measured as the next channel's time. Returns how long that took.
     */
    static Duration drain(Map<String, String> app, Instant since) throws Exception {
        long from = System.nanoTime();
        long until = from + Duration.ofMinutes(10).toNanos();
        try (Connection db = BenchEnvironment.database(app)) {
            Backlog atStart = Backlog.of(db, since);
            // where the backlog is: not yet sent to the broker, or sent and not yet received
            System.out.printf(
                    "  when the load stopped: %d messages waited in the outbox, %d handovers were not yet received%n",
                    atStart.unsent(), atStart.notReceived());
            for (Backlog now = atStart; now.total() > 0; now = Backlog.of(db, since)) {
                if (System.nanoTime() > until) {
                    throw new IllegalStateException(now.total() + " handovers still waiting after 10 minutes");
                }
                Thread.sleep(200); // a script polling between its runs
            }
            return Duration.ofNanos(System.nanoTime() - from);
        }
    }

    /** Handovers of the orders recorded since then that the teams have not received, and outbox messages unsent. */
    record Backlog(long notReceived, long unsent) {
        static Backlog of(Connection db, Instant since) throws java.sql.SQLException {
            try (PreparedStatement behind = db.prepareStatement("select"
                    + " (select 2 * count(*) from customer_order where recorded_at >= ?"
                    + " and status <> 'AWAITING_APPROVAL')"
                    + " - (select count(*) from handover_receipt where received_at >= ?"
                    + " and message_type = 'OrderRecorded'),"
                    + " (select count(*) from outbox_message where sent_at is null)")) {
                behind.setTimestamp(1, Timestamp.from(since));
                behind.setTimestamp(2, Timestamp.from(since));
                try (ResultSet row = behind.executeQuery()) {
                    row.next();
                    return new Backlog(Math.max(0, row.getLong(1)), row.getLong(2));
                }
            }
        }

        long total() {
            return notReceived + unsent;
        }
    }

    /**
     * What the database did: write transactions (transaction ids handed out, each reading takes one) and rows
     * written, from its own counters, and the orders there are. The difference between two readings, per order, is
     * what one order costs the database, all of it (the order's transaction, the teams' listeners, the relay, the
     * ERP answer), to compare with pgbench's one transaction of six inserts. Read-only work is left out: it writes
     * nothing to disk.
     */
    record DatabaseWork(long transactionIds, long inserted, long updated, long orders) {

        static DatabaseWork of(Map<String, String> app) throws Exception {
            Thread.sleep(1500); // each server process reports its row counts about once a second
            try (Connection db = BenchEnvironment.database(app);
                    ResultSet row = db.createStatement()
                            .executeQuery("select txid_current(), tup_inserted,"
                                    + " tup_updated, (select count(*) from customer_order) from pg_stat_database"
                                    + " where datname = current_database()")) {
                row.next();
                return new DatabaseWork(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4));
            }
        }

        String since(DatabaseWork before) {
            double orders = this.orders - before.orders;
            return String.format(
                    "per order, the database ran %.1f write transactions, inserted %.1f rows and"
                            + " updated %.1f (%d orders)",
                    (transactionIds - before.transactionIds - 1) / orders,
                    (inserted - before.inserted) / orders,
                    (updated - before.updated) / orders,
                    this.orders - before.orders);
        }
    }

    /** PostgreSQL's own rate for one order's inserts: {@code ../shared/bench/pgbench-baseline.sh}, TPS. */
    static double pgbench(Path base, int clients) throws IOException, InterruptedException {
        Path script = base.resolve("../shared/bench/pgbench-baseline.sh").normalize();
        if (!Files.exists(script)) {
            System.out.println("No " + script + ": the shares of pgbench are left out");
            return Double.NaN;
        }
        Process run = new ProcessBuilder("bash", script.toString())
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.INHERIT)
                .start();
        run.getOutputStream().close();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        run.waitFor();
        java.util.regex.Matcher tps =
                java.util.regex.Pattern.compile("tps = ([0-9.]+)").matcher(output);
        if (run.exitValue() != 0 || !tps.find()) {
            throw new IllegalStateException("pgbench-baseline.sh gave no TPS: " + output);
        }
        return Double.parseDouble(tps.group(1));
    }

    /** The median and the p99 (nearest rank) of some values; both NaN for none. */
    static double[] medianAndP99(List<Double> values) {
        if (values.isEmpty()) {
            return new double[] {Double.NaN, Double.NaN};
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return new double[] {
            sorted.get((sorted.size() - 1) / 2), sorted.get(Math.max(0, (int) Math.ceil(0.99 * sorted.size()) - 1))
        };
    }

    /**
     * The handover lag of the orders recorded since a moment: from each order's recording to the later of the two
     * teams' receipts, both stamped by the application.
     */
    record HandoverLag(int orders, double medianMs, double p99Ms) {
        static HandoverLag since(Map<String, String> app, Instant since) throws Exception {
            List<Double> lags = inRecordingOrder(app, since);
            double[] medianAndP99 = medianAndP99(lags);
            return new HandoverLag(lags.size(), medianAndP99[0], medianAndP99[1]);
        }

        /** Each handed-over order's lag in ms, in the order they were recorded. */
        static List<Double> inRecordingOrder(Map<String, String> app, Instant since) throws Exception {
            List<Double> lags = new ArrayList<>();
            try (Connection db = BenchEnvironment.database(app);
                    PreparedStatement query = db.prepareStatement("select extract(epoch from max(r.received_at)"
                            + " - o.recorded_at) * 1000 from customer_order o join handover_receipt r"
                            + " on r.order_number = o.order_number and r.message_type = 'OrderRecorded'"
                            + " where o.recorded_at >= ? group by o.id, o.recorded_at"
                            + " having count(distinct r.team) = 2 order by o.recorded_at")) {
                query.setTimestamp(1, Timestamp.from(since));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        lags.add(rows.getDouble(1));
                    }
                }
            }
            return lags;
        }

        @Override
        public String toString() {
            return String.format(
                    "handover lag (recorded to both teams) median %.1f ms, p99 %.1f ms over %d orders",
                    medianMs, p99Ms, orders);
        }
    }

    /**
     * REST orders at a steady rate, open loop: each order is sent at its time whether or not the earlier ones were
     * answered, and its time to the 201 counts from that time (a late send is the server's delay too).
     */
    static Result paced(String name, double perSecond, int seconds) throws Exception {
        Result result = new Result(String.format("%s (%.1f/s)", name, perSecond));
        List<Round> clients = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            clients.add(restClient(c).start());
        }
        java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newCachedThreadPool();
        long interval = (long) (1e9 / perSecond);
        long warmUpEnds = System.nanoTime() + WARM_UP.toNanos();
        long start = warmUpEnds - WARM_UP.toNanos();
        long ends = warmUpEnds + seconds * 1_000_000_000L;
        List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
        for (long n = 0; ; n++) {
            long at = start + n * interval;
            if (at >= ends) {
                break;
            }
            long wait = at - System.nanoTime();
            if (wait > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait); // the schedule of an open-loop load
            }
            Round round = clients.get((int) (n % clients.size()));
            boolean counted = at >= warmUpEnds;
            sent.add(senders.submit(() -> {
                try {
                    round.once();
                    result.completed.incrementAndGet();
                    if (counted) {
                        result.latencies.add(System.nanoTime() - at);
                    }
                } catch (Exception e) {
                    result.errorCount.incrementAndGet();
                    System.err.println(name + ": " + e.getMessage());
                }
            }));
        }
        for (java.util.concurrent.Future<?> order : sent) {
            order.get();
        }
        senders.shutdown();
        result.measuredNanos = seconds * 1_000_000_000L;
        result.errors = result.errorCount.get();
        java.time.LocalTime measuredTo = java.time.LocalTime.now().withNano(0);
        System.out.printf(
                "%s: %d orders in %d s (%s to %s)%n",
                result.name, result.latencies.size(), seconds, measuredTo.minusSeconds(seconds), measuredTo);
        return result;
    }

    /**
     * The server's JVM options: the production profile; {@code BENCH_SERVER_OPTS} adds some, e.g.
     * {@code -XX:StartFlightRecording=...}.
     */
    static List<String> serverOptions(Path base, Map<String, String> env) {
        List<String> options = new ArrayList<>(PayaraMicro.jvmProfile(base, "production"));
        String extra = env.getOrDefault("BENCH_SERVER_OPTS", "").trim();
        if (!extra.isEmpty()) {
            options.addAll(List.of(extra.split("\\s+")));
        }
        return options;
    }

    /** The floor: the server's cheapest authenticated call, {@code GET /api/products}. */
    static Client floorClient() {
        return () -> () -> {
            HttpResponse<String> products = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + HTTP_PORT + "/api/products"))
                            .timeout(Duration.ofSeconds(30))
                            .header("Authorization", AUTH)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (products.statusCode() != 200) {
                throw new IllegalStateException("GET /api/products: " + products.statusCode());
            }
        };
    }

    /** One client's loop: one order, its answer, the time it took; until told to stop. */
    interface Client {
        Round start() throws Exception;
    }

    interface Round {
        /** Places one order and waits for its answer. */
        void once() throws Exception;
    }

    static Client restClient(int client) {
        return () -> {
            String unique = UUID.randomUUID().toString().substring(0, 8);
            JsonBody customer = JsonBody.of(post("/api/customers", null, """
                    {"name":"Benchmark client %s","email":"bench-%s@example.com",
                     "defaultDeliveryAddress":"%s Dock Road, Liverpool L3 4AA"}""".formatted(unique, unique, unique)));
            String body = """
                    {"customerNumber":"%s","lines":[{"productCode":"TAP-MSK-50","quantity":1}],
                     "deliveryAddress":"%s Dock Road, Liverpool L3 4AA"}""".formatted(customer.get("customerNumber"), unique);
            return () -> {
                HttpResponse<String> created =
                        post("/api/orders", UUID.randomUUID().toString(), body);
                if (created.statusCode() != 201) {
                    throw new IllegalStateException("POST /api/orders: " + created.statusCode() + " " + created.body());
                }
            };
        };
    }

    private static Client erpClient(String example) {
        return () -> {
            ActiveMQJMSConnectionFactory factory = new ActiveMQJMSConnectionFactory("tcp://127.0.0.1:" + BROKER_PORT);
            JMSContext jms = factory.createContext("demo-erp", "demo-erp-password");
            Queue replies = jms.createQueue("erp.answers.demo-erp.bench-" + UUID.randomUUID());
            JMSConsumer answers = jms.createConsumer(replies);
            return () -> {
                String id = "BENCH-" + UUID.randomUUID();
                String document = example.replaceFirst("<cbc:ID>34</cbc:ID>", "<cbc:ID>" + id + "</cbc:ID>");
                long sent = System.currentTimeMillis();
                jms.createProducer().setJMSReplyTo(replies).send(jms.createQueue("erp.orders.in"), document);
                long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (true) {
                    Message answer = answers.receive(Math.max(1, (until - System.nanoTime()) / 1_000_000));
                    if (answer == null) {
                        throw new IllegalStateException("No OrderResponse to " + id + " within 30 s");
                    }
                    String text = ((TextMessage) answer).getText();
                    if (!text.contains("<cbc:ID>" + id + "</cbc:ID>")) {
                        // an earlier order answered again: inventory found it short and moved its promised date
                        REANSWERED.incrementAndGet();
                        continue;
                    }
                    if (!text.contains("<cbc:OrderResponseCode>AP</cbc:OrderResponseCode>")) {
                        throw new IllegalStateException("OrderResponse to " + id + " is no acceptance: " + text);
                    }
                    if (TIMING_ERP.get()) {
                        ERP_TIMES.put(id, new long[] {sent, answer.getJMSTimestamp(), System.currentTimeMillis()});
                    }
                    return;
                }
            };
        };
    }

    /** Whether the ERP clients keep each document's times: in the measured phase only. */
    private static final AtomicBoolean TIMING_ERP = new AtomicBoolean();

    /** Per document id: sent by the client, its answer sent by the server's relay (JMSTimestamp), answer received. */
    private static final Map<String, long[]> ERP_TIMES = new ConcurrentHashMap<>();

    /**
     * Where an ERP document's round trip went, in three legs, each from clocks of this one machine: from the client's
     * send to the document's record in the listener's transaction ({@code erp_document.received_at}: the broker's
     * delivery, the wait for one of the listener's sessions and the work up to the record), from there to the relay's
     * send of the answer (the end of the transaction, its commit, the relay's pick-up and send), and from that send to
     * the client's receipt (the broker).
     */
    record ErpRoundTrip(int documents, double[] toRecord, double[] toAnswerSent, double[] toClient) {
        static ErpRoundTrip of(Map<String, String> app, Instant since) throws Exception {
            List<Double> toRecord = new ArrayList<>();
            List<Double> toAnswerSent = new ArrayList<>();
            List<Double> toClient = new ArrayList<>();
            try (Connection db = BenchEnvironment.database(app);
                    PreparedStatement query = db.prepareStatement("select document_id, received_at from erp_document"
                            + " where received_at >= ? and document_id like 'BENCH-%'")) {
                query.setTimestamp(1, Timestamp.from(since.minusSeconds(1)));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        long[] times = ERP_TIMES.get(rows.getString(1));
                        if (times == null) {
                            continue; // answered after the phase ended, or before it began
                        }
                        long recorded = rows.getTimestamp(2).getTime();
                        toRecord.add((double) (recorded - times[0]));
                        toAnswerSent.add((double) (times[1] - recorded));
                        toClient.add((double) (times[2] - times[1]));
                    }
                }
            }
            return new ErpRoundTrip(
                    toRecord.size(), medianAndP99(toRecord), medianAndP99(toAnswerSent), medianAndP99(toClient));
        }

        @Override
        public String toString() {
            return String.format(
                    "round trip of %d documents, median / p99: client's send to the listener's record %.0f / %.0f ms,"
                            + " record to the relay's send of the answer %.0f / %.0f ms, that send to the client"
                            + " %.0f / %.0f ms",
                    documents, toRecord[0], toRecord[1], toAnswerSent[0], toAnswerSent[1], toClient[0], toClient[1]);
        }
    }

    /** Answers the ERP clients received again for an earlier order (a promised date moved). */
    private static final AtomicInteger REANSWERED = new AtomicInteger();

    private static HttpResponse<String> post(String path, String idempotencyKey, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + HTTP_PORT + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", AUTH)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private record JsonBody(jakarta.json.JsonObject json) {
        static JsonBody of(HttpResponse<String> response) {
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
            return new JsonBody(jakarta.json.Json.createReader(new StringReader(response.body()))
                    .readObject());
        }

        String get(String name) {
            return json.getString(name);
        }
    }

    static final class Result {
        final String name;
        final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger errorCount = new AtomicInteger();
        /** Every request answered, the warm-up's included: the server's CPU is measured over all of them. */
        final AtomicInteger completed = new AtomicInteger();
        /** The server's CPU per answered request in milliseconds, its handovers included (see {@link ServerCpu}). */
        double serverCpu = Double.NaN;
        /** The share of that CPU the JIT compilers took, in percent (see {@link ServerCpu.Mark#compilersShareSince}). */
        double compilers = Double.NaN;

        long measuredNanos;
        int errors;

        Result(String name) {
            this.name = name;
        }

        double rate() {
            return latencies.size() / (measuredNanos / 1e9);
        }

        double percentile(double p) {
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            if (sorted.isEmpty()) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
        }
    }

    /** Runs the clients for a warm-up and then the measured seconds; only rounds begun in the measured time count. */
    static Result run(String name, int clients, int seconds, java.util.function.IntFunction<Client> clientFactory)
            throws InterruptedException {
        Result result = new Result(name);
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(
                    () -> {
                        try {
                            Round round = clientFactory.apply(client).start();
                            while (running.get()) {
                                boolean counted = measuring.get();
                                long start = System.nanoTime();
                                try {
                                    round.once();
                                    result.completed.incrementAndGet();
                                    if (counted && running.get()) {
                                        result.latencies.add(System.nanoTime() - start);
                                    }
                                } catch (Exception e) {
                                    result.errorCount.incrementAndGet();
                                    System.err.println(name + " client " + client + ": " + e.getMessage());
                                }
                            }
                        } catch (Exception e) {
                            result.errorCount.incrementAndGet();
                            System.err.println(name + " client " + client + " could not start: " + e);
                        }
                    },
                    name + "-client-" + c);
            threads.add(thread);
            thread.start();
        }
        Thread.sleep(WARM_UP.toMillis());
        measuring.set(true);
        long from = System.nanoTime();
        java.time.LocalTime measuredFrom = java.time.LocalTime.now();
        Thread.sleep(seconds * 1000L);
        running.set(false);
        java.time.LocalTime measuredTo = java.time.LocalTime.now();
        result.measuredNanos = System.nanoTime() - from;
        for (Thread thread : threads) {
            thread.join(60_000);
        }
        result.errors = result.errorCount.get();
        // the clock times, to find the measured phase in a profile of the server
        System.out.printf(
                "%s: %d orders in %d s (%s to %s)%n",
                name, result.latencies.size(), seconds, measuredFrom.withNano(0), measuredTo.withNano(0));
        return result;
    }
}
