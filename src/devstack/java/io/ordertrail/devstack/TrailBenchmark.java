package io.ordertrail.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the audit trail costs (issue 16; a script, not a test): REST orders per second ({@code POST /api/orders} to
 * its 201, with the request kept as an original and the order, its handovers and availability on the trail) with
 * the trail on and off, in the order on, off, off, on (repeated), on one PostgreSQL database in one run, so that a
 * growing database or a warming machine weighs on both alike. Each round starts Ordertrail afresh with {@code ORDERTRAIL_RECORDS_AUDIT_TRAIL} set.
 *
 * <pre>
 * bash src/bench/trail_cost.sh [seconds per round, default 30] [clients, default 8] [rounds, default 4]
 * </pre>
 */
public final class TrailBenchmark {

    private TrailBenchmark() {}

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        Map<String, String> env = System.getenv();
        Path base = Path.of("").toAbsolutePath();
        Path data = base.resolve("target/trail-benchmark");
        PayaraMicro.deleteRecursively(data);
        Files.createDirectories(data);
        EmbeddedBroker broker = BenchEnvironment.startBroker(base, data, env);
        MailCatcher mail = MailCatcher.start(ChannelBenchmark.SMTP_PORT, ChannelBenchmark.IMAP_PORT);
        List<String[]> rows = new ArrayList<>();
        Map<Boolean, List<Double>> rates = new HashMap<>(Map.of(true, new ArrayList<>(), false, new ArrayList<>()));
        try {
            for (int round = 0; round < rounds; round++) {
                boolean trail = round % 4 == 0 || round % 4 == 3; // on, off, off, on: a drift weighs on both alike
                Map<String, String> appEnv = BenchEnvironment.forPostgres(
                        env, ChannelBenchmark.BROKER_PORT, ChannelBenchmark.SMTP_PORT, ChannelBenchmark.HTTP_PORT);
                appEnv.put("ORDERTRAIL_ORDERS_DUPLICATE_WINDOW_DAYS", "0");
                appEnv.put("ORDERTRAIL_RECORDS_AUDIT_TRAIL", String.valueOf(trail));
                appEnv.put(
                        "ORDERTRAIL_RECORDS_ARCHIVE_DIR",
                        data.resolve("archive").toString());
                PayaraMicro payara =
                        BenchEnvironment.startOrdertrail(base, data, "payara-runtime-" + round, appEnv, env);
                try {
                    payara.awaitReady(Duration.ofSeconds(180));
                    long entriesBefore = entries(appEnv);
                    ChannelBenchmark.Result result = ChannelBenchmark.run(
                            "REST, trail " + (trail ? "on" : "off"), clients, seconds, ChannelBenchmark::restClient);
                    long written = entries(appEnv) - entriesBefore;
                    rates.get(trail).add(result.rate());
                    rows.add(new String[] {
                        String.valueOf(round + 1),
                        trail ? "on" : "off",
                        String.valueOf(result.latencies.size()),
                        String.format("%.1f", result.rate()),
                        String.format("%.1f", result.percentile(50)),
                        String.format("%.1f", result.percentile(99)),
                        String.valueOf(result.errors),
                        String.format("%.1f", written / (double) Math.max(1, result.latencies.size()))
                    });
                } finally {
                    payara.close();
                }
            }
        } finally {
            broker.close();
            mail.close();
        }
        System.out.println();
        System.out.println("| round | trail | orders | per second | median (ms) | p99 (ms) | errors |"
                + " audit entries per order |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (String[] row : rows) {
            System.out.println("| " + String.join(" | ", row) + " |");
        }
        double on = rates.get(true).stream()
                .mapToDouble(Double::doubleValue)
                .average()
                .orElse(Double.NaN);
        double off = rates.get(false).stream()
                .mapToDouble(Double::doubleValue)
                .average()
                .orElse(Double.NaN);
        System.out.printf(
                "%nMean: %.1f orders/s with the trail, %.1f without: the trail costs %.1f %%%n",
                on, off, (off - on) / off * 100);
    }

    /** Audit entries in the database, handovers and availability checks included (written while the round ran). */
    private static long entries(Map<String, String> app) throws Exception {
        Thread.sleep(3000); // a script between its rounds: let the teams' listeners finish the last orders
        try (Connection db = BenchEnvironment.database(app);
                ResultSet row = db.createStatement().executeQuery("select count(*) from audit_entry")) {
            row.next();
            return row.getLong(1);
        }
    }
}
