package io.ordertrail.devstack;

import io.ordertrail.records.domain.AuditEntry;
import io.ordertrail.records.domain.AuditSeal;
import io.ordertrail.testsupport.Browser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;

/**
 * The purge of issue 16 at scale (a script, not a test): N orders 26 months old (default 1,000,000), each a copy of
 * one order taken through the API (its row, lines, status changes, versions) with an audit entry sealed into the
 * chain, are purged by the ADMIN from the Retention page; stopped part-way and restarted there. Reports the time,
 * orders per second, the server's peak heap (jstat every second) and that the run finished after the restart with
 * every order gone, archived, and the chain verifying.
 *
 * <pre>
 * bash src/bench/purge.sh [orders, default 1000000]
 * </pre>
 */
public final class PurgeBenchmark {

    private static final org.openqa.selenium.By STOP = org.openqa.selenium.By.cssSelector("button[id$=':stop']");

    private PurgeBenchmark() {}

    public static void main(String[] args) throws Exception {
        int orders = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Map<String, String> env = System.getenv();
        Path base = Path.of("").toAbsolutePath();
        Path data = base.resolve("target/purge-benchmark");
        PayaraMicro.deleteRecursively(data);
        Files.createDirectories(data);
        System.setProperty("ordertrail.itDataDir", data.toString());
        EmbeddedBroker broker = BenchEnvironment.startBroker(base, data, env);
        MailCatcher mail = MailCatcher.start(ChannelBenchmark.SMTP_PORT, ChannelBenchmark.IMAP_PORT);
        Map<String, String> app = BenchEnvironment.forPostgres(
                env, ChannelBenchmark.BROKER_PORT, ChannelBenchmark.SMTP_PORT, ChannelBenchmark.HTTP_PORT);
        app.put("ORDERTRAIL_RETENTION_PURGE_DAILY", "false");
        app.put("ORDERTRAIL_RECORDS_ARCHIVE_DIR", data.resolve("archive").toString());
        PayaraMicro payara = BenchEnvironment.startOrdertrail(base, data, "payara-runtime", app, env);
        try {
            payara.awaitReady(Duration.ofSeconds(180));
            ChannelBenchmark.restClient(0).start().once(); // the template: one order through the API
            Awaitility.await()
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> scalar(
                                    app,
                                    "select count(*) from audit_entry e where not exists"
                                            + " (select 1 from audit_seal s where s.entry_id = e.id)")
                            == 0);
            long seeded = System.nanoTime();
            seed(app, orders);
            System.out.printf("Seeded %d orders 26 months old in %.0f s%n", orders, (System.nanoTime() - seeded) / 1e9);

            AtomicLong peakHeap = new AtomicLong();
            Thread sampler = heapSampler(payara.pid(), peakHeap);
            try (Browser admin = Browser.open(payara.baseUri())) {
                admin.signInAs("admin").go("/records/retention.xhtml");
                long started = System.nanoTime();
                admin.click("purgeForm:start");
                admin.byId("purgeForm:start"); // the confirmation dialog
                admin.all(org.openqa.selenium.By.cssSelector(".ui-confirmdialog-yes"))
                        .get(0)
                        .click();
                admin.awaitAjax();
                Awaitility.await()
                        .atMost(Duration.ofHours(6))
                        .pollInterval(Duration.ofSeconds(3))
                        .until(() -> purged(app) >= orders / 3);
                try {
                    Awaitility.await()
                            .atMost(Duration.ofMinutes(1))
                            .pollInterval(Duration.ofSeconds(2))
                            .failFast(() -> purged(app) >= orders)
                            .until(() -> !admin.go("/records/retention.xhtml")
                                    .all(STOP)
                                    .isEmpty());
                } catch (RuntimeException noStopButton) {
                    admin.screenshot("purge-no-stop");
                    System.out.println("No Stop button on " + admin.currentUrl() + ": "
                            + admin.script("return document.body.innerText"));
                    throw noStopButton;
                }
                admin.all(STOP).get(0).click();
                admin.awaitAjax();
                Awaitility.await()
                        .atMost(Duration.ofMinutes(5))
                        .pollInterval(Duration.ofSeconds(3))
                        .until(() -> admin.go("/records/retention.xhtml")
                                .text("purgeForm:runs")
                                .contains("STOPPED"));
                long atStop = purged(app);
                double beforeStop = (System.nanoTime() - started) / 1e9;
                System.out.printf("Stopped from the page after %d orders, %.0f s%n", atStop, beforeStop);
                long restarted = System.nanoTime();
                admin.all(org.openqa.selenium.By.cssSelector("button[id$=':restart']"))
                        .get(0)
                        .click();
                admin.awaitAjax();
                Awaitility.await() // the database first: the page counts what is due each time it is opened
                        .atMost(Duration.ofHours(6))
                        .pollInterval(Duration.ofSeconds(2))
                        .until(() -> purged(app) >= orders);
                Awaitility.await()
                        .atMost(Duration.ofMinutes(5))
                        .pollInterval(Duration.ofSeconds(5))
                        .until(() -> admin.go("/records/retention.xhtml")
                                .text("purgeForm:runs")
                                .contains("COMPLETED"));
                double afterRestart = (System.nanoTime() - restarted) / 1e9;
                long purged = purged(app);
                long left = scalar(
                        app, "select count(*) from customer_order where recorded_at < now() - interval '25 months'");
                long archived;
                try (var files = Files.walk(data.resolve("archive/orders"))) {
                    archived = files.filter(p -> p.toString().endsWith(".zip")).count();
                }
                sampler.interrupt(); // a daemon: ends with the script, and jstat with the server
                System.out.println();
                System.out.println("| orders | purged | left | archived | before stop (s) | after restart (s) |"
                        + " orders/s | peak heap (MiB) |");
                System.out.println("|---|---|---|---|---|---|---|---|");
                System.out.printf(
                        "| %d | %d | %d | %d | %.0f | %.0f | %.1f | %.0f |%n",
                        orders,
                        purged,
                        left,
                        archived,
                        beforeStop,
                        afterRestart,
                        purged / (beforeStop + afterRestart),
                        peakHeap.get() / 1024.0 / 1024.0);
                admin.go("/records/audit.xhtml");
                admin.click("auditForm:verify");
                System.out.println("Verification after the purge: " + admin.text("auditForm:verification"));
            }
        } finally {
            payara.close();
            broker.close();
            mail.close();
        }
    }

    private static long purged(Map<String, String> app) throws Exception {
        return scalar(app, "select coalesce(max(orders), 0) from purge_run");
    }

    private static long scalar(Map<String, String> app, String sql) throws Exception {
        try (Connection db = BenchEnvironment.database(app);
                ResultSet r = db.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * The server's used heap (young and old generation) every second, from one {@code jstat -gc PID 1000} (a jstat
     * started each second would take a good part of a core from the server); keeps the highest.
     */
    private static Thread heapSampler(long pid, AtomicLong peak) throws IOException {
        Process jstat = new ProcessBuilder("jstat", "-gc", String.valueOf(pid), "1000")
                .redirectErrorStream(true)
                .start();
        Thread sampler = new Thread(() -> {
            try (java.io.BufferedReader lines =
                    new java.io.BufferedReader(new java.io.InputStreamReader(jstat.getInputStream()))) {
                List<String> names = null;
                for (String line; (line = lines.readLine()) != null; ) {
                    String[] fields = line.trim().split("\\s+");
                    if (names == null || fields[0].equals("S0C")) {
                        names = List.of(fields);
                        continue;
                    }
                    double used = 0;
                    for (int i = 0; i < names.size() && i < fields.length; i++) {
                        if (List.of("S0U", "S1U", "EU", "OU").contains(names.get(i))) {
                            used += Double.parseDouble(fields[i]);
                        }
                    }
                    peak.accumulateAndGet((long) (used * 1024), Math::max);
                }
            } catch (IOException | NumberFormatException e) {
                System.err.println("jstat: " + e.getMessage());
            } finally {
                jstat.destroy();
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        return sampler;
    }

    /**
     * Copies the template order N times, 26 months back, in SQL; each copy gets an ORDER_RECORDED audit entry sealed
     * after the chain's last seal, as the sealer would.
     */
    private static void seed(Map<String, String> app, int orders) throws Exception {
        Instant at = Instant.now().atZone(ZoneOffset.UTC).minusMonths(26).toInstant();
        try (Connection db = BenchEnvironment.database(app)) {
            db.setAutoCommit(false);
            long template = scalarOn(db, "select max(id) from customer_order");
            long firstId = scalarOn(db, "select nextval('ordertrail_id_seq')") + 1_000_000_000L;
            try (Statement s = db.createStatement()) {
                String ts = "timestamp '" + Timestamp.from(at) + "'";
                s.executeUpdate(copy(
                        db,
                        "customer_order",
                        "id = " + template,
                        Map.of(
                                "id",
                                firstId + "+ g",
                                "order_number",
                                "'ORD-2024-' || lpad((g + 1)::text, 7, '0')",
                                "recorded_at",
                                ts),
                        orders));
                s.executeUpdate(copy(
                        db,
                        "order_line",
                        "order_id = " + template,
                        Map.of(
                                "id", (firstId + 2_000_000_000L) + " + g * 10 + line_number",
                                "order_id", firstId + "+ g"),
                        orders));
                s.executeUpdate(copy(
                        db,
                        "order_status_change",
                        "order_id = " + template,
                        Map.of(
                                "id",
                                        (firstId + 4_000_000_000L)
                                                + " + g * 100 + row_number() over (partition by g order by t.id)",
                                "order_id", firstId + "+ g",
                                "changed_at", ts),
                        orders));
                s.executeUpdate(copy(
                        db,
                        "order_version_record",
                        "order_id = " + template,
                        Map.of(
                                "id",
                                        (firstId + 6_000_000_000L)
                                                + " + g * 100 + row_number() over (partition by g order by t.id)",
                                "order_id", firstId + "+ g",
                                "created_at", ts),
                        orders));
            }
            db.commit();
            AuditSeal last = null;
            try (ResultSet r = db.createStatement()
                    .executeQuery("select position, entry_id, previous_hash, chain_hash, sealed_at from audit_seal"
                            + " order by position desc limit 1")) {
                r.next();
                last = AuditSeal.stored(
                        r.getLong(1),
                        r.getLong(2),
                        r.getString(3),
                        r.getString(4),
                        r.getTimestamp(5).toInstant());
            }
            try (PreparedStatement entry = db.prepareStatement(
                            "insert into audit_entry (id, recorded_at, actor, origin,"
                                    + " kind, subject_type, subject_id, content, content_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement seal = db.prepareStatement("insert into audit_seal (position, entry_id,"
                            + " previous_hash, chain_hash, sealed_at) values (?, ?, ?, ?, ?)")) {
                long entryId = firstId + 8_000_000_000L;
                for (int g = 0; g < orders; g++) {
                    String number = String.format("ORD-2024-%07d", g + 1);
                    AuditEntry e = new AuditEntry(
                            at,
                            "integration",
                            "127.0.0.1 /api/orders",
                            "ORDER_RECORDED",
                            "ORDER",
                            number,
                            "{\"version\":1,\"status\":\"RECORDED\",\"channel\":\"ONLINE\"}");
                    long id = entryId + g;
                    entry.setLong(1, id);
                    entry.setTimestamp(2, Timestamp.from(e.getRecordedAt()));
                    entry.setString(3, e.getActor());
                    entry.setString(4, e.getOrigin());
                    entry.setString(5, e.getKind());
                    entry.setString(6, e.getSubjectType());
                    entry.setString(7, e.getSubjectId());
                    entry.setString(8, e.getContent());
                    entry.setString(9, e.getContentHash());
                    entry.addBatch();
                    String previous = last.getChainHash();
                    last = AuditSeal.stored(
                            last.getPosition() + 1, id, previous, AuditSeal.link(previous, e.getContentHash()), at);
                    seal.setLong(1, last.getPosition());
                    seal.setLong(2, id);
                    seal.setString(3, previous);
                    seal.setString(4, last.getChainHash());
                    seal.setTimestamp(5, Timestamp.from(at));
                    seal.addBatch();
                    if (g % 5000 == 4999 || g == orders - 1) {
                        entry.executeBatch();
                        seal.executeBatch();
                        db.commit();
                    }
                }
            }
        }
    }

    private static long scalarOn(Connection db, String sql) throws Exception {
        try (ResultSet r = db.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** INSERT … SELECT of the template's rows for g in 0..n-1, with some columns replaced by expressions. */
    private static String copy(Connection db, String table, String where, Map<String, String> replaced, int n)
            throws Exception {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("select column_name from information_schema.columns"
                + " where table_name = ? and table_schema = current_schema() order by ordinal_position")) {
            s.setString(1, table);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    columns.add(r.getString(1));
                }
            }
        }
        List<String> values =
                columns.stream().map(c -> replaced.getOrDefault(c, "t." + c)).toList();
        return "insert into " + table + " (" + String.join(", ", columns) + ") select " + String.join(", ", values)
                + " from " + table + " t cross join generate_series(0, " + (n - 1) + ") g where t." + where;
    }
}
