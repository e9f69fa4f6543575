package io.ordertrail.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ordertrail.testsupport.ApiClient;
import io.ordertrail.testsupport.ItEnvironment;
import io.ordertrail.testsupport.OwnOrdertrail;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM while the online platform sends orders, as docker stop or an orchestrator sends it: readiness goes DOWN
 * before the port closes, and every order answered 201 is there after the restart.
 */
@Tag(OwnOrdertrail.OWN_H2)
class GracefulShutdownIT {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    /** What /health/ready answered, in order: its status, 0 when nothing listened. */
    private final List<Integer> readiness = new CopyOnWriteArrayList<>();

    private final List<String> acknowledged = new CopyOnWriteArrayList<>();
    private final AtomicBoolean terminated = new AtomicBoolean();
    private final List<String> acknowledgedAfterTerm = new CopyOnWriteArrayList<>();

    @Test
    void noAcknowledgedOrderIsLostAndReadinessGoesDownBeforeThePortCloses() throws Exception {
        OwnOrdertrail instance = OwnOrdertrail.start(
                ItEnvironment.dataDir().resolve("shutdown-it"),
                Map.of(
                        "ORDERTRAIL_SHUTDOWN_DRAIN_SECONDS",
                        "3",
                        // every order answered 201 is read back after the restart: on a fast host that is more than
                        // the tests' 300 requests a minute, and a 429 would say nothing about the shutdown
                        "ORDERTRAIL_API_REQUESTS_PER_MINUTE",
                        "100000"));
        URI base = instance.baseUri();
        String customer = customer(base);

        AtomicBoolean stop = new AtomicBoolean();
        CompletableFuture<Void> orders = CompletableFuture.runAsync(() -> sendOrders(base, customer, stop));
        CompletableFuture<Void> watch = CompletableFuture.runAsync(() -> watchReadiness(base, stop));
        await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= 10);

        terminated.set(true);
        ProcessHandle server = ProcessHandle.of(instance.pid()).orElseThrow();
        server.destroy(); // SIGTERM
        server.onExit().get(60, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10)).until(() -> readiness.contains(0));
        stop.set(true);
        orders.get(30, TimeUnit.SECONDS);
        watch.get(30, TimeUnit.SECONDS);

        int firstDown = readiness.indexOf(503);
        int firstClosed = readiness.indexOf(0);
        assertThat(firstDown).as("readiness said DOWN: %s", readiness).isGreaterThanOrEqualTo(0);
        assertThat(firstDown).as("DOWN before the port closed: %s", readiness).isLessThan(firstClosed);
        assertThat(readiness.subList(firstDown, firstClosed))
                .as("never UP again once DOWN")
                .doesNotContain(200);
        assertThat(acknowledgedAfterTerm)
                .as("orders that arrived during the drain were still taken")
                .isNotEmpty();

        try {
            instance.startServer(); // the same database and broker, as after a restart
            for (String number : acknowledged) {
                HttpResponse<String> order = ApiClient.integration(base).get("orders/" + number);
                assertThat(order.statusCode())
                        .as(number + " was answered 201 before the stop")
                        .isEqualTo(200);
            }
        } finally {
            instance.close();
        }
    }

    private void sendOrders(URI base, String customer, AtomicBoolean stop) {
        ApiClient api = ApiClient.integration(base);
        while (!stop.get()) {
            boolean afterTerm = terminated.get();
            try {
                HttpResponse<String> response = api.post("orders", """
                        {"customerNumber":"%s","lines":[{"productCode":"RLR-230","quantity":2}],
                         "deliveryAddress":"1 Harbour Road, Bristol BS1 5TT"}""".formatted(customer));
                if (response.statusCode() == 201) {
                    String number = ApiClient.field(response, "orderNumber");
                    acknowledged.add(number);
                    if (afterTerm) {
                        acknowledgedAfterTerm.add(number);
                    }
                }
            } catch (IOException refusedOrCut) {
                // not acknowledged: the client would send it again with the same Idempotency-Key
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void watchReadiness(URI base, AtomicBoolean stop) {
        await().pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(50))
                .atMost(Duration.ofMinutes(3))
                .until(() -> {
                    int status;
                    try {
                        status = HTTP.send(
                                        HttpRequest.newBuilder(base.resolve("/health/ready"))
                                                .timeout(Duration.ofSeconds(2))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode();
                    } catch (IOException closed) {
                        status = 0;
                    }
                    if (readiness.isEmpty() || readiness.get(readiness.size() - 1) != status) {
                        readiness.add(status);
                    }
                    return stop.get();
                });
    }

    private static String customer(URI base) throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> response = ApiClient.integration(base).post("customers", """
                {"name":"Shutdown customer %s","email":"shutdown-%s@example.com",
                 "defaultDeliveryAddress":"1 Harbour Road, Bristol BS1 5TT"}""".formatted(unique, unique));
        assertThat(response.statusCode()).as(() -> ApiClient.explain(response)).isEqualTo(201);
        return ApiClient.field(response, "customerNumber");
    }
}
