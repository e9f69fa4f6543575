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
import java.util.function.Consumer;

/**
 * The fault drills' order desk: records orders over the API at a steady rate, each for a new customer (so none is
 * flagged), and has each confirmed by email; a request that fails because a server, the database or the broker is
 * down is sent again with the same idempotency key until it is accepted. It remembers every order whose recording
 * was acknowledged (a 201 or 200), and every stretch of time in which requests failed.
 */
final class DrillOrders {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    /** An order whose recording was acknowledged, and when. */
    record Acknowledged(String number, Instant at) {}

    /** A stretch of time in which requests failed, from the first failure to the next request accepted. */
    record Outage(Instant from, Instant to) {
        Duration length() {
            return Duration.between(from, to);
        }
    }

    private final URI base;
    private final Consumer<String> note;
    private final List<Acknowledged> acknowledged = new CopyOnWriteArrayList<>();
    private final List<Outage> outages = new CopyOnWriteArrayList<>();
    private final Queue<String> toConfirm = new ConcurrentLinkedQueue<>();
    private final AtomicInteger failedRequests = new AtomicInteger();
    private final AtomicBoolean loading = new AtomicBoolean(true);
    private Instant failingSince;

    /** Orders through {@code base} (a server, or the load balancer); {@code note} hears what stops the load. */
    DrillOrders(URI base, Consumer<String> note) {
        this.base = base;
        this.note = note;
    }

    /** Records orders at {@code rate} per second until {@link #stop()}; run it on a thread of its own. */
    void load(double rate) {
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
                acknowledged.add(new Acknowledged(order.getString("orderNumber"), Instant.now()));
                toConfirm.add(order.getString("orderNumber"));
                confirmNext();
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                note.accept("load stopped by an unexpected answer: " + e.getMessage());
                loading.set(false);
                return;
            }
        }
    }

    /** Stops the load after its current order. */
    void stop() {
        loading.set(false);
    }

    /** Has every acknowledged order confirmed that the load had not confirmed yet. */
    void confirmTheRest() throws InterruptedException {
        while (!toConfirm.isEmpty()) {
            confirmNext();
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
     * Posts until the server accepts it (2xx), retrying with the same idempotency key while it is down (a refused
     * connection, a 5xx, or a 404 from a server still deploying); anything else (a 4xx) is a bug in the drill or the
     * server and stops the drill.
     */
    private JsonObject postUntilAccepted(String path, String idempotencyKey, String body) throws InterruptedException {
        while (true) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
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
                    accepted();
                    return Json.createReader(new StringReader(response.body())).readObject();
                }
                if (response.statusCode() < 500 && response.statusCode() != 404) {
                    throw new IllegalStateException(
                            path + " answered " + response.statusCode() + ": " + response.body());
                }
            } catch (IOException serverDown) {
                // the server is being killed or restarted: try again
            }
            failed();
            Thread.sleep(500);
        }
    }

    private synchronized void failed() {
        failedRequests.incrementAndGet();
        if (failingSince == null) {
            failingSince = Instant.now();
        }
    }

    private synchronized void accepted() {
        if (failingSince != null) {
            outages.add(new Outage(failingSince, Instant.now()));
            failingSince = null;
        }
    }

    List<Acknowledged> acknowledged() {
        return acknowledged;
    }

    List<String> numbers() {
        return acknowledged.stream().map(Acknowledged::number).toList();
    }

    /** Requests that failed while a part was down, and were sent again. */
    int failedRequests() {
        return failedRequests.get();
    }

    /** The longest stretch of failed requests that began in [from, to), or zero. */
    Duration longestOutage(Instant from, Instant to) {
        return outages.stream()
                .filter(outage -> !outage.from().isBefore(from) && outage.from().isBefore(to))
                .map(Outage::length)
                .max(Duration::compareTo)
                .orElse(Duration.ZERO);
    }

    /** What the drills check in the database once the load has stopped. */
    record Verdict(
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

    /**
     * Every acknowledged order stored once and handed over once: each team received its OrderRecorded exactly once,
     * inventory reserved each line exactly once, and fulfillment made exactly one task for a confirmed order (none for
     * one only recorded); no outbox message left unsent; {@code deadLetters} on DLQ.
     */
    static Verdict verify(Map<String, String> appEnv, List<String> numbers, long deadLetters) throws SQLException {
        List<String> problems = new ArrayList<>();
        long confirmed = 0;
        long tasks = 0;
        long reservations = 0;
        long unsent;
        try (Connection db = BenchEnvironment.database(appEnv);
                PreparedStatement perOrder = db.prepareStatement("select o.status,"
                        + " (select count(*) from order_line l where l.order_id = o.id),"
                        + " (select count(*) from stock_reservation r where r.order_number = o.order_number),"
                        + " (select count(distinct r.line_number) from stock_reservation r"
                        + " where r.order_number = o.order_number),"
                        + " (select count(*) from fulfillment_task t where t.order_number = o.order_number),"
                        + " (select count(*) from handover_receipt h where h.order_number = o.order_number"
                        + " and h.team = 'INVENTORY' and h.message_type = 'OrderRecorded'),"
                        + " (select count(*) from handover_receipt h where h.order_number = o.order_number"
                        + " and h.team = 'FULFILLMENT' and h.message_type = 'OrderRecorded')"
                        + " from customer_order o where o.order_number = ?")) {
            for (String number : numbers) {
                perOrder.setString(1, number);
                try (ResultSet row = perOrder.executeQuery()) {
                    if (!row.next()) {
                        problems.add(number + ": acknowledged but not stored");
                        continue;
                    }
                    String status = row.getString(1);
                    long lines = row.getLong(2);
                    boolean isConfirmed = "CONFIRMED".equals(status);
                    confirmed += isConfirmed ? 1 : 0;
                    reservations += row.getLong(3);
                    tasks += row.getLong(5);
                    if (row.getLong(3) != lines
                            || row.getLong(4) != lines
                            || row.getLong(5) != (isConfirmed ? 1 : 0)
                            || row.getLong(6) != 1
                            || row.getLong(7) != 1) {
                        problems.add(number + " (" + status + ", " + lines + " lines): " + row.getLong(3)
                                + " reservations, " + row.getLong(5) + " fulfillment tasks; handed over "
                                + row.getLong(6) + " times to inventory, " + row.getLong(7) + " to fulfillment");
                    }
                }
            }
            try (ResultSet row =
                    db.createStatement().executeQuery("select count(*) from outbox_message where sent_at is null")) {
                row.next();
                unsent = row.getLong(1);
            }
        }
        return new Verdict(numbers.size(), problems, deadLetters, unsent, confirmed, tasks, reservations);
    }
}
