package io.ordertrail.orders.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordertrail.orders.NewOrderPage;
import io.ordertrail.testsupport.Browser;
import io.ordertrail.testsupport.OnlinePlatform;
import io.ordertrail.testsupport.SharedOrdertrail;
import io.ordertrail.testsupport.UsersPage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * A service account reaches only what is its own: orders of the ONLINE channel, of customers it registered or that
 * are linked to it; anything else is 404, as if it did not exist, so that numbers cannot be probed. And each
 * account is held to its rate.
 */
@Order(5)
class ServiceAccountScopeIT {

    private static final String PASSWORD = "copper kettle morning rain";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** A second online platform, added by the ADMIN on the Users page. */
    private static String otherPlatform;

    @BeforeAll
    static void aSecondServiceAccount() throws Exception {
        otherPlatform = "platform-" + UUID.randomUUID().toString().substring(0, 6);
        try (Browser admin = Browser.open(SharedOrdertrail.baseUri())) {
            UsersPage.add(admin.signInAs("admin"), otherPlatform, "INTEGRATION", PASSWORD);
        }
    }

    private static HttpResponse<String> get(String user, String password, String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(SharedOrdertrail.baseUri().resolve("/api/" + path))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        (user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    @Test
    void anotherPlatformsOrderAndCustomerAre404AsIfTheyDidNotExist() throws Exception {
        String number = OnlinePlatform.recordedOrder(); // by the "integration" platform
        HttpResponse<String> ours = get("integration", "demo", "orders/" + number);
        assertThat(ours.statusCode()).isEqualTo(200);
        String customer = json(ours).getString("customerNumber");

        HttpResponse<String> order = get(otherPlatform, PASSWORD, "orders/" + number);
        HttpResponse<String> noSuchOrder = get(otherPlatform, PASSWORD, "orders/ORD-1999-000001");
        assertThat(order.statusCode()).isEqualTo(404);
        assertThat(noSuchOrder.statusCode()).isEqualTo(404);
        assertThat(json(order).getString("title")).isEqualTo(json(noSuchOrder).getString("title"));
        assertThat(get(otherPlatform, PASSWORD, "customers/" + customer).statusCode())
                .isEqualTo(404);
        assertThat(get(otherPlatform, PASSWORD, "customers/" + customer + "/orders")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void anOrderTakenByPhoneIs404ToThePlatform() throws Exception {
        String phoneOrder;
        try (Browser sales = Browser.open(SharedOrdertrail.baseUri())) {
            sales.signInAs("sales");
            phoneOrder = new NewOrderPage(sales)
                    .customer("Nordic", "C-1004")
                    .line(0, "RLR", "RLR-230", 1)
                    .record();
        }

        HttpResponse<String> seen = get("integration", "demo", "orders/" + phoneOrder);
        assertThat(seen.statusCode())
                .as("C-1004 is the platform's customer, but this order came by phone")
                .isEqualTo(404);
        assertThat(json(seen).getString("detail")).isEqualTo("No order has number " + phoneOrder + ".");
        assertThat(get("integration", "demo", "customers/C-1004/orders").body()).doesNotContain(phoneOrder);
    }

    @Test
    void overItsRateAnAccountGets429WithRetryAfter() throws Exception {
        HttpResponse<String> last = null;
        for (int i = 0; i < 2000; i++) {
            last = get(otherPlatform, PASSWORD, "products");
            if (last.statusCode() != 200) {
                break;
            }
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
        assertThat(json(last).getString("detail")).contains("This account may make 300 requests a minute");
        assertThat(get("integration", "demo", "products").statusCode())
                .as("another account is not held up")
                .isEqualTo(200);
    }
}
