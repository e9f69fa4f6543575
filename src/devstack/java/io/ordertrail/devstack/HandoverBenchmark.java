package io.ordertrail.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The handover benchmark of issues 6 and 20 (a script, not a test): REST orders at steady, open-loop rates, rising,
 * against Ordertrail on PostgreSQL with the production JVM profile. For each rate it reports the time to the 201, the
 * handover lag (from the order's recording to the later of the two teams' receipts) and whether anything was still
 * waiting 5 s after the load stopped; it stops at the first rate the server cannot sustain and names the highest one
 * it could.
 *
 * <p>A rate is sustained when every order was answered 201, the answers kept up (p99 to the 201 under 1 s), the
 * handover lag p99 stayed under 2 s and did not grow through the run (median of the last third at most twice the
 * first third's plus 50 ms), and nothing waited in the outbox or on the teams' queues 5 s after the last order.
 *
 * <p>It measures a warm server, as the channels benchmark does: the production profile's C2 compiler keeps a core
 * busy for minutes after the start, and a 20 s warm-up left the first rates measuring the compiler. So the demo stock
 * gets a million more of each product first (the long warm-up would otherwise run it out and send every later order
 * down inventory's shortage path), and REST orders run unmeasured in a closed loop for the warm-up's seconds.
 *
 * <pre>
 * bash src/bench/handover.sh [seconds per rate, default 30] [rates, default 20,30,40,50,60,70,80] [warm-up seconds,
 *     default 240]
 * </pre>
 */
public final class HandoverBenchmark {

    private HandoverBenchmark() {}

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        List<Double> rates = new ArrayList<>();
        for (String rate : (args.length > 1 ? args[1] : "20,30,40,50,60,70,80").split(",")) {
            rates.add(Double.parseDouble(rate.trim()));
        }
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 240;
        Map<String, String> env = System.getenv();
        Map<String, String> appEnv = BenchEnvironment.forPostgres(
                env, ChannelBenchmark.BROKER_PORT, ChannelBenchmark.SMTP_PORT, ChannelBenchmark.HTTP_PORT);
        appEnv.put("ORDERTRAIL_ORDERS_DUPLICATE_WINDOW_DAYS", "0");
        Path base = Path.of("").toAbsolutePath();
        Path data = base.resolve("target/handover-benchmark");
        PayaraMicro.deleteRecursively(data);
        Files.createDirectories(data);
        EmbeddedBroker broker = BenchEnvironment.startBroker(base, data, env);
        MailCatcher mail = MailCatcher.start(ChannelBenchmark.SMTP_PORT, ChannelBenchmark.IMAP_PORT);
        PayaraMicro payara = BenchEnvironment.startOrdertrail(base, data, "payara-runtime", appEnv, env);
        List<String> rows = new ArrayList<>();
        Double highest = null;
        String atHighest = null;
        try {
            payara.awaitReady(Duration.ofSeconds(180));
            ChannelBenchmark.restock(appEnv);
            // warming up: 8 clients in a closed loop, so that the JIT compiles the order's path before anything is
            // measured (an open-loop rate on a cold server only piles requests up)
            ChannelBenchmark.run("warm-up", 8, warmUp, ChannelBenchmark::restClient);
            ChannelBenchmark.drain(appEnv, Instant.EPOCH);
            for (double rate : rates) {
                Instant from = Instant.now();
                ChannelBenchmark.Result answered = ChannelBenchmark.paced("REST", rate, seconds);
                long stopped = System.nanoTime();
                // 5 s after the last order was answered: is anything still waiting?
                java.util.concurrent.locks.LockSupport.parkNanos(
                        stopped + Duration.ofSeconds(5).toNanos() - System.nanoTime());
                long waiting;
                try (Connection db = BenchEnvironment.database(appEnv)) {
                    waiting = ChannelBenchmark.Backlog.of(db, from).total();
                }
                Duration drained = ChannelBenchmark.drain(appEnv, from);
                ChannelBenchmark.HandoverLag lag = ChannelBenchmark.HandoverLag.since(appEnv, from);
                boolean growing = growing(appEnv, from);
                boolean sustained = answered.errors == 0
                        && answered.percentile(99) < 1000
                        && lag.p99Ms() < 2000
                        && !growing
                        && waiting == 0;
                rows.add(String.format(
                        "| %.0f | %.1f | %d | %d | %.1f | %.1f | %.1f | %.1f | %s | %d | %s |",
                        rate,
                        answered.rate(),
                        answered.latencies.size(),
                        answered.errors,
                        answered.percentile(50),
                        answered.percentile(99),
                        lag.medianMs(),
                        lag.p99Ms(),
                        growing ? "yes" : "no",
                        waiting,
                        sustained ? "yes" : "no"));
                System.out.println(rows.get(rows.size() - 1) + " (everything handed over " + (drained.toMillis() + 5000)
                        + " ms after the load stopped)");
                if (!sustained) {
                    break;
                }
                highest = rate;
                atHighest = lag.toString();
            }
        } finally {
            payara.close();
            broker.close();
            mail.close();
        }
        System.out.println();
        System.out.println("| target (orders/s) | achieved | orders | errors | median to the 201 (ms) | p99 to the 201"
                + " (ms) | median lag (ms) | p99 lag (ms) | lag growing | waiting 5 s after | sustained |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
        System.out.println();
        System.out.println(
                highest == null
                        ? "No rate was sustained."
                        : String.format("Highest rate sustained: %.0f orders/s; %s.", highest, atHighest));
    }

    /** Whether the lag grew through the run: the last third's median over twice the first third's plus 50 ms. */
    private static boolean growing(Map<String, String> app, Instant since) throws Exception {
        List<Double> lags = ChannelBenchmark.HandoverLag.inRecordingOrder(app, since);
        int third = lags.size() / 3;
        if (third < 2) {
            return false;
        }
        return median(lags.subList(lags.size() - third, lags.size())) > 2 * median(lags.subList(0, third)) + 50;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        java.util.Collections.sort(sorted);
        return sorted.get((sorted.size() - 1) / 2);
    }
}
