package io.ordertrail.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ordertrail.testsupport.ApiClient;
import io.ordertrail.testsupport.HttpSession;
import io.ordertrail.testsupport.OnlinePlatform;
import io.ordertrail.testsupport.SharedOrdertrail;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * /metrics, as Prometheus and an admin read it: the business counters move with the orders, the JVM and the pool are
 * there, and nobody else reads any of it.
 */
class MetricsIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Pattern ONLINE_ORDERS =
            Pattern.compile("(?m)^ordertrail_orders_recorded_total\\{[^}]*channel=\"online\"[^}]*\\} ([0-9.E+]+)$");

    @Test
    void theOrderCounterGoesUpWithAnOrder() throws Exception {
        double before = onlineOrders(scrape("metrics:demo"));

        OnlinePlatform.recordedOrder();

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(onlineOrders(scrape("metrics:demo"))).isEqualTo(before + 1));
        String metrics = scrape("metrics:demo");
        assertThat(metrics)
                .contains("# TYPE ordertrail_orders_recorded_total counter")
                .contains("ordertrail_outbox_backlog")
                .contains("ordertrail_dead_letters")
                // the JVM, from Payara's base registry
                .containsPattern("(?m)^memory_usedHeap_bytes\\{")
                .containsPattern("(?m)^thread_count\\{");
    }

    @Test
    void theConnectionPoolShowsItsSizeAndTheConnectionsInUse() throws Exception {
        String metrics = scrape("metrics:demo");

        // the pool's largest size is the data source's (Resources: maxPoolSize 20); the others are counts
        assertThat(metrics)
                .containsPattern("(?m)^ordertrail_connection_pool_max\\{[^}]*\\} 20(\\.0)?$")
                .containsPattern("(?m)^ordertrail_connection_pool_in_use\\{[^}]*\\} [0-9]+(\\.0)?$")
                .containsPattern("(?m)^ordertrail_connection_pool_waiting\\{[^}]*\\} [0-9]+(\\.0)?$");
        // it has been used: a connection was opened, and is now free or in use (a scrape is a query)
        Matcher free = Pattern.compile("(?m)^ordertrail_connection_pool_free\\{[^}]*\\} ([0-9]+)(\\.0)?$")
                .matcher(metrics);
        Matcher inUse = Pattern.compile("(?m)^ordertrail_connection_pool_in_use\\{[^}]*\\} ([0-9]+)(\\.0)?$")
                .matcher(metrics);
        assertThat(free.find() && inUse.find()).isTrue();
        assertThat(Integer.parseInt(free.group(1)) + Integer.parseInt(inUse.group(1)))
                .isBetween(1, 20);
    }

    @Test
    void anAdminSignedInReadsThemAndNobodyElseDoes() throws Exception {
        HttpSession admin = new HttpSession(SharedOrdertrail.baseUri());
        admin.signIn("admin", "demo");
        HttpResponse<String> asAdmin = admin.get("/metrics");
        assertThat(asAdmin.statusCode()).isEqualTo(200);
        assertThat(asAdmin.body()).contains("ordertrail_");

        HttpSession sales = new HttpSession(SharedOrdertrail.baseUri());
        sales.signIn("sales", "demo");
        assertThat(sales.get("/metrics").statusCode()).isEqualTo(403);

        assertThat(get(null).statusCode()).isEqualTo(401);
        assertThat(get("metrics:wrong").statusCode()).isEqualTo(401);
        // a person's password is never accepted by Basic, and the API's account does not read the metrics
        assertThat(get("admin:demo").statusCode()).isEqualTo(401);
        assertThat(get("integration:demo").statusCode()).isEqualTo(401);
        assertThat(new HttpSession(SharedOrdertrail.baseUri())
                        .get("/metrics/application")
                        .statusCode())
                .isIn(401, 302);
    }

    private static double onlineOrders(String metrics) {
        Matcher matcher = ONLINE_ORDERS.matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }

    private static String scrape(String credentials) throws Exception {
        HttpResponse<String> response = get(credentials);
        assertThat(response.statusCode()).as(() -> ApiClient.explain(response)).isEqualTo(200);
        return response.body();
    }

    private static HttpResponse<String> get(String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        SharedOrdertrail.baseUri().resolve("/metrics"))
                .header("Accept", "text/plain");
        if (credentials != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
