package io.ordertrail.devstack;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fault drill of SOP step 7 (not a test: it takes minutes and kills processes). It records orders
 * continuously over the API and has each confirmed by email, kills the application server with {@code kill -9}
 * several times and restarts the broker once, then checks that every order whose recording was acknowledged (a
 * 201 or 200) has exactly one stock reservation and one fulfillment task, that no outbox message is left unsent,
 * and that the dead-letter queue is empty. Prints the result as Markdown; exits 1 when a check fails.
 *
 * <pre>
 * ORDERTRAIL_DB_URL=jdbc:postgresql://localhost:5432/ordertrail_drill ORDERTRAIL_DB_USER=ordertrail \
 * ORDERTRAIL_DB_PASSWORD=ordertrail java -cp "target/test-classes:$(cat target/devstack.classpath)" \
 *   io.ordertrail.devstack.FaultDrill [minutes of load, default 4] [kills, default 3] [orders per second, default 4]
 * </pre>
 * The database must be empty (or already Ordertrail's); it runs against PostgreSQL so that the checks can read it
 * while the server runs. The broker, the mail catcher and the server's runtime directory live under
 * {@code target/fault-drill}; the runtime directory, with the transaction log, survives each kill.
 */
public final class FaultDrill {

    private static final int HTTP_PORT = 8091;
    private static final int BROKER_PORT = 61646;
    private static final int SMTP_PORT = 3045;
    private static final int IMAP_PORT = 3145;
    private static final int MAX_DELIVERY_ATTEMPTS = 5;
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private final Path base = Path.of("").toAbsolutePath();
    private final Path data = base.resolve("target/fault-drill");
    private final Map<String, String> env = System.getenv();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final List<String> acknowledged = new CopyOnWriteArrayList<>();
    private final Queue<String> toConfirm = new ConcurrentLinkedQueue<>();
    private final AtomicInteger refusedWhileDown = new AtomicInteger();
    private final AtomicBoolean loading = new AtomicBoolean(true);
    private final Instant started = Instant.now();
    private EmbeddedBroker broker;
    private PayaraMicro payara;
    private PayaraMicro.Launch launch;

    public static void main(String[] args) throws Exception {
        int minutes = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int kills = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        double rate = args.length > 2 ? Double.parseDouble(args[2]) : 4;
        System.exit(new FaultDrill().run(Duration.ofMinutes(minutes), kills, rate) ? 0 : 1);
    }

    private boolean run(Duration load, int kills, double rate) throws Exception {
        Map<String, String> appEnv = BenchEnvironment.forPostgres(env, BROKER_PORT, SMTP_PORT, HTTP_PORT);
        PayaraMicro.deleteRecursively(data);
        Files.createDirectories(data);
        broker = startBroker();
        MailCatcher mail = MailCatcher.start(SMTP_PORT, IMAP_PORT);
        launch = new PayaraMicro.Launch(
                base.resolve("target/payara-micro.jar"),
                base.resolve("target/artemis-ra.rar"),
                base.resolve("target/ordertrail.war"),
                base.resolve("server-config/post-boot-commands.asadmin"),
                base.resolve("server-config/logging.properties"),
                data.resolve("payara-runtime"),
                HTTP_PORT,
                appEnv,
                PayaraMicro.jvmProfile(base, "production"),
                ProcessBuilder.Redirect.appendTo(data.resolve("payara.log").toFile()));
        payara = PayaraMicro.start(launch);
        payara.awaitReady(Duration.ofSeconds(180));
        note("Ordertrail ready on " + payara.baseUri() + " (PostgreSQL, embedded broker, GreenMail)");

        Thread loader = new Thread(() -> load(rate), "drill-load");
        loader.start();
        Duration between = load.dividedBy(kills + 1);
        for (int kill = 1; kill <= kills; kill++) {
            if (kill == 2) { // the broker goes away under the running server, between two kills
                Thread.sleep(between.toMillis() / 2);
                broker.close();
                note("broker stopped under the running server (" + acknowledged.size() + " orders acknowledged)");
                Thread.sleep(3000);
                broker = startBroker();
                note("broker started again");
                Thread.sleep(between.toMillis() / 2);
            } else {
                Thread.sleep(between.toMillis());
            }
            payara.kill();
            note("kill -9 of the application server (" + acknowledged.size() + " orders acknowledged so far)");
            payara = PayaraMicro.restart(launch);
            payara.awaitReady(Duration.ofSeconds(180));
            note("application server back after restart " + kill);
        }
        Thread.sleep(between.toMillis());
        loading.set(false);
        loader.join();
        note("load stopped: " + acknowledged.size() + " orders acknowledged, " + refusedWhileDown.get()
                + " requests failed while the server was down (and were retried)");
        while (!toConfirm.isEmpty()) {
            confirmNext();
        }

        Instant checking = Instant.now();
        Verdict verdict = null;
        while (Duration.between(checking, Instant.now()).compareTo(Duration.ofMinutes(5)) < 0) {
            verdict = verify(appEnv);
            if (verdict.passed()) {
                break;
            }
            Thread.sleep(2000);
        }
        note("checked " + Duration.between(checking, Instant.now()).toSeconds() + " s after the load stopped");
        report(load, kills, rate, verdict);
        payara.close();
        broker.close();
        mail.close();
        return verdict.passed();
    }

    private EmbeddedBroker startBroker() throws Exception {
        return EmbeddedBroker.start(
                base.resolve("server-config/artemis/broker.xml"),
                data.resolve("broker"),
                BROKER_PORT,
                MAX_DELIVERY_ATTEMPTS,
                EmbeddedBroker.ApplicationUser.from(System.getenv()));
    }

    /** Records orders at the rate, each for a new customer (so none is flagged), and asks for its confirmation. */
    private void load(double rate) {
        long pause = Math.round(1000 / rate);
        while (loading.get()) {
            try {
                String unique = UUID.randomUUID().toString().substring(0, 8);
                JsonObject customer = postUntilAccepted("/api/customers", null, """
                        {"name":"Drill customer %s","email":"drill-%s@example.com",
                         "defaultDeliveryAddress":"%s Dock Road, Liverpool L3 4AA"}""".formatted(unique, unique, unique));
                JsonObject order =
                        postUntilAccepted("/api/orders", UUID.randomUUID().toString(), """
                        {"customerNumber":"%s","lines":[{"productCode":"RLR-230","quantity":1}],
                         "deliveryAddress":"%s Dock Road, Liverpool L3 4AA"}""".formatted(
                                        customer.getString("customerNumber"), unique));
                acknowledged.add(order.getString("orderNumber"));
                toConfirm.add(order.getString("orderNumber"));
                confirmNext();
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                note("load stopped by an unexpected answer: " + e.getMessage());
                loading.set(false);
                return;
            }
        }
    }

    private void confirmNext() throws InterruptedException {
        String number = toConfirm.poll();
        if (number != null) {
            postUntilAccepted(
                    "/api/orders/" + number + "/confirmations",
                    null,
                    "{\"email\":\"drill-" + number + "@example.com\",\"emailVerification\":\"fault drill\"}");
        }
    }

    /**
     * Posts until the server accepts it (2xx), retrying with the same idempotency key while it is down; anything
     * else (a 4xx) is a bug in the drill or the server and stops the drill.
     */
    private JsonObject postUntilAccepted(String path, String idempotencyKey, String body) throws InterruptedException {
        while (true) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + HTTP_PORT + path))
                        .timeout(Duration.ofSeconds(20))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString("integration:demo".getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body));
                if (idempotencyKey != null) {
                    request.header("Idempotency-Key", idempotencyKey);
                }
                HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() / 100 == 2) {
                    return Json.createReader(new StringReader(response.body())).readObject();
                }
                if (response.statusCode() < 500 && response.statusCode() != 404) {
                    throw new IllegalStateException(
                            path + " answered " + response.statusCode() + ": " + response.body());
                }
            } catch (IOException serverDown) {
                // the server is being killed or restarted: try again
            }
            refusedWhileDown.incrementAndGet();
            Thread.sleep(500);
        }
    }

    private record Verdict(
            int orders,
            List<String> problems,
            long deadLetters,
            long unsent,
            long confirmed,
            long tasks,
            long reservations) {
        boolean passed() {
            return problems.isEmpty() && deadLetters == 0 && unsent == 0;
        }
    }

    private Verdict verify(Map<String, String> appEnv) throws SQLException {
        List<String> problems = new ArrayList<>();
        long confirmed = 0;
        long tasks = 0;
        long reservations = 0;
        long unsent;
        try (Connection db = BenchEnvironment.database(appEnv);
                PreparedStatement perOrder = db.prepareStatement("select o.status,"
                        + " (select count(*) from stock_reservation r where r.order_number = o.order_number),"
                        + " (select count(*) from fulfillment_task t where t.order_number = o.order_number)"
                        + " from customer_order o where o.order_number = ?")) {
            for (String number : acknowledged) {
                perOrder.setString(1, number);
                try (ResultSet row = perOrder.executeQuery()) {
                    if (!row.next()) {
                        problems.add(number + ": acknowledged but not stored");
                        continue;
                    }
                    confirmed += "CONFIRMED".equals(row.getString(1)) ? 1 : 0;
                    reservations += row.getLong(2);
                    tasks += row.getLong(3);
                    if (row.getLong(2) != 1 || row.getLong(3) != 1) {
                        problems.add(number + ": " + row.getLong(2) + " reservations, " + row.getLong(3)
                                + " fulfillment tasks, status " + row.getString(1));
                    }
                }
            }
            try (ResultSet row =
                    db.createStatement().executeQuery("select count(*) from outbox_message where sent_at is null")) {
                row.next();
                unsent = row.getLong(1);
            }
        }
        return new Verdict(
                acknowledged.size(), problems, broker.messageCount("DLQ"), unsent, confirmed, tasks, reservations);
    }

    private void report(Duration load, int kills, double rate, Verdict verdict) {
        StringBuilder out = new StringBuilder();
        out.append("## Fault drill ")
                .append(started)
                .append("\n\n")
                .append("Load ")
                .append(load.toMinutes())
                .append(" min at ")
                .append(rate)
                .append(" orders/s, ")
                .append(kills)
                .append(" × kill -9 of the application server, 1 broker restart.\n\n")
                .append("| check | result |\n|---|---|\n")
                .append("| orders acknowledged (201/200) | ")
                .append(verdict.orders())
                .append(" |\n")
                .append("| … confirmed | ")
                .append(verdict.confirmed())
                .append(" |\n")
                .append("| … with exactly one reservation and one fulfillment task | ")
                .append(verdict.orders() - verdict.problems().size())
                .append(" |\n")
                .append("| reservations / fulfillment tasks in total | ")
                .append(verdict.reservations())
                .append(" / ")
                .append(verdict.tasks())
                .append(" |\n")
                .append("| messages on DLQ | ")
                .append(verdict.deadLetters())
                .append(" |\n")
                .append("| outbox messages not sent | ")
                .append(verdict.unsent())
                .append(" |\n")
                .append("| requests that failed while the server was down (retried) | ")
                .append(refusedWhileDown.get())
                .append(" |\n")
                .append("| verdict | ")
                .append(verdict.passed() ? "**passed**" : "**FAILED**")
                .append(" |\n\n")
                .append("Timeline:\n\n");
        log.forEach(line -> out.append("- ").append(line).append('\n'));
        if (!verdict.problems().isEmpty()) {
            out.append("\nProblems (first 20):\n\n");
            verdict.problems().stream()
                    .limit(20)
                    .forEach(p -> out.append("- ").append(p).append('\n'));
        }
        System.out.println(out);
    }

    private void note(String what) {
        String line = String.format(
                "%5.1f s: %s", Duration.between(started, Instant.now()).toMillis() / 1000.0, what);
        log.add(line);
        System.out.println("[drill] " + line);
    }

    private FaultDrill() {}
}
