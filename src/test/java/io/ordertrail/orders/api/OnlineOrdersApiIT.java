package io.ordertrail.orders.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ordertrail.testsupport.ApiClient;
import io.ordertrail.testsupport.SharedOrdertrail;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** SOP step 1, the online platform channel: orders over the API, recorded and handed over like any other. */
@Order(5)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OnlineOrdersApiIT {

    private static final String ORDER = """
            {"customerNumber":"C-1005","lines":[{"productCode":"TAP-MSK-50","quantity":10}],
             "deliveryAddress":"Unit 7, Wapping Wharf, Bristol BS1 6WP"}""";

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private HttpResponse<String> post(String user, String body, String idempotencyKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(api("orders"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(api(path))
                        .header("Authorization", basic("integration"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static URI api(String path) {
        return SharedOrdertrail.baseUri().resolve("/api/" + path);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    @Test
    @Order(1) // the customer's first order: the later ones here repeat it and are held as likely duplicates
    void anOrderFromTheOnlinePlatformIsRecordedAndHandedOverLikeAnyOther() throws Exception {
        HttpResponse<String> created = post("integration", ORDER, null);

        assertThat(created.statusCode()).isEqualTo(201);
        JsonObject order = json(created);
        String number = order.getString("orderNumber");
        assertThat(created.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/api/orders/" + number));
        assertThat(created.headers().firstValue("ETag"))
                .as("the version to amend from, without reading it first")
                .isEqualTo(get("orders/" + number).headers().firstValue("ETag"));
        assertThat(order.getString("channel")).isEqualTo("ONLINE");
        assertThat(order.getJsonArray("lines").getJsonObject(0).getString("productCode"))
                .isEqualTo("TAP-MSK-50");
        assertThat(order.getString("status")).isEqualTo("RECORDED");
        assertThat(order.getJsonArray("flags")).isEmpty();
        assertThat(order.getString("estimatedDate")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(order.getString("estimateExplanation")).startsWith("in stock;");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonObject read = json(get("orders/" + number));
            assertThat(read.getJsonArray("handedOverTo").toString()).isEqualTo("[\"FULFILLMENT\",\"INVENTORY\"]");
            assertThat(read.getString("availability")).isEqualTo("CONFIRMED");
        });
    }

    private HttpResponse<String> postJson(String path, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(api(path))
                        .header("Authorization", basic("integration"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void thePlatformHasAnOrderConfirmedByEmailAndItIsConfirmedOnceTheMailIsSent() throws Exception {
        String number = io.ordertrail.testsupport.OnlinePlatform.recordedOrder();

        HttpResponse<String> malformed =
                postJson("orders/" + number + "/confirmations", "{\"email\":\"not-an-email\"}");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        HttpResponse<String> notOnFile =
                postJson("orders/" + number + "/confirmations", "{\"email\":\"buyer@example.com\"}");
        assertThat(notOnFile.statusCode()).isEqualTo(400);
        assertThat(notOnFile.body())
                .contains("Send the confirmation to the customer’s email on file, or give emailVerification");
        HttpResponse<String> queued = postJson(
                "orders/" + number + "/confirmations",
                "{\"email\":\"buyer@example.com\",\"emailVerification\":\"the customer clicked our link\"}");

        assertThat(queued.statusCode()).as(() -> ApiClient.explain(queued)).isEqualTo(202);
        assertThat(json(queued).getString("status")).isEqualTo("PENDING");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> json(get("orders/" + number)).getString("status").equals("CONFIRMED"));
        assertThat(postJson("orders/ORD-1999-000001/confirmations", "{\"email\":\"buyer@example.com\"}")
                        .statusCode())
                .isEqualTo(404);
    }

    private HttpResponse<String> send(String method, String path, String ifMatch, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(api(path))
                .header("Authorization", basic("integration"))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static final String REQUEST = """
            "request":{"requestedBy":"Eva Berg (account eva.berg)","verifiedHow":"signed in to the customer account",
                       "reference":"change-request %s","reason":"%s"}""";

    private static String amendment(String reference, int quantity) {
        return "{\"lines\":[{\"productCode\":\"RLR-230\",\"quantity\":" + quantity + "}],"
                + "\"deliveryAddress\":\"%s\"," + REQUEST.formatted(reference, "QUANTITY_CHANGE") + "}";
    }

    @Test
    void anAmendmentNeedsTheCurrentEtagAndAStaleOneIs412WithNothingChanged() throws Exception {
        String number = io.ordertrail.testsupport.OnlinePlatform.recordedOrder();
        HttpResponse<String> read = get("orders/" + number);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        String address = json(read).getString("deliveryAddress");

        HttpResponse<String> withoutIfMatch =
                send("PUT", "orders/" + number, null, amendment("1", 4).formatted(address));
        HttpResponse<String> amended =
                send("PUT", "orders/" + number, etag, amendment("2", 4).formatted(address));
        HttpResponse<String> stale =
                send("PUT", "orders/" + number, etag, amendment("3", 9).formatted(address));

        assertThat(withoutIfMatch.statusCode()).isEqualTo(428);
        assertThat(amended.statusCode()).as(() -> ApiClient.explain(amended)).isEqualTo(200);
        assertThat(json(amended).getInt("version")).isEqualTo(2);
        assertThat(amended.headers().firstValue("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(etag));
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(stale.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json(stale).getString("detail")).contains("was changed to version 2");
        JsonObject now = json(get("orders/" + number));
        assertThat(now.getInt("version")).isEqualTo(2);
        assertThat(now.getJsonArray("lines").getJsonObject(0).getInt("quantity"))
                .as("nothing overwritten")
                .isEqualTo(4);
    }

    @Test
    void anAmendmentWithoutTheCustomersVerifiedRequestIsAProblemNamingTheFields() throws Exception {
        String number = io.ordertrail.testsupport.OnlinePlatform.recordedOrder();
        HttpResponse<String> read = get("orders/" + number);

        HttpResponse<String> refused = send(
                "PUT",
                "orders/" + number,
                read.headers().firstValue("ETag").orElseThrow(),
                "{\"lines\":[{\"productCode\":\"RLR-230\",\"quantity\":3}],\"deliveryAddress\":\"x\"}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).getJsonArray("errors").stream()
                        .map(e -> e.asJsonObject().getString("field")))
                .contains("requestedBy", "verifiedHow", "reference", "reason");
        assertThat(json(get("orders/" + number)).getInt("version")).isEqualTo(1);
    }

    @Test
    void aCancellationThroughTheApiCancelsTheOrder() throws Exception {
        String number = io.ordertrail.testsupport.OnlinePlatform.recordedOrder();
        String etag = get("orders/" + number).headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> cancelled = send(
                "POST",
                "orders/" + number + "/cancellation",
                etag,
                "{" + REQUEST.formatted("9", "CUSTOMER_CANCELLED") + "}");

        assertThat(cancelled.statusCode())
                .as(() -> ApiClient.explain(cancelled))
                .isEqualTo(200);
        assertThat(json(cancelled).getString("status")).isEqualTo("CANCELLED");
        assertThat(send(
                                "POST",
                                "orders/" + number + "/cancellation",
                                cancelled.headers().firstValue("ETag").orElseThrow(),
                                "{" + REQUEST.formatted("10", "CUSTOMER_CANCELLED") + "}")
                        .statusCode())
                .as("a cancelled order cannot be cancelled again")
                .isEqualTo(400);
    }

    @Test
    void badInputIsAProblemNamingEachFieldAndNothingIsStored() throws Exception {
        HttpResponse<String> refused = post("integration", """
                {"customerNumber":"C-9999","lines":[{"productCode":"NOPE","quantity":0}]}""", null);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json(refused).getJsonArray("errors").stream()
                        .map(e -> e.asJsonObject().getString("field")))
                .contains("lines[0].quantity", "fulfillmentMethod", "customer");

        HttpResponse<String> notJson = post("integration", "{not json", null);
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).contains("\"status\":400").doesNotContain("at org.", "at io.");
    }

    @Test
    void theSameIdempotencyKeyReturnsTheSameOrderAndRefusesADifferentOne() throws Exception {
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = post("integration", ORDER, key);
        HttpResponse<String> retry = post("integration", ORDER, key);
        HttpResponse<String> other = post("integration", ORDER.replace("\"quantity\":10", "\"quantity\":11"), key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(json(retry).getString("orderNumber")).isEqualTo(json(first).getString("orderNumber"));
        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(json(other).getString("detail")).contains(json(first).getString("orderNumber"));
    }

    /**
     * A platform that retries while its first request still runs sends the same request with the same key at once;
     * each gets the one order, none a 500 (the later ones lost a race on the key and on the request's original).
     */
    @Test
    void theSameRequestSentSeveralTimesAtOnceRecordsOneOrderAndAnswersEachWithIt() throws Exception {
        String key = UUID.randomUUID().toString();
        String order = ORDER.replace("Bristol", "Bristol (" + key + ")");

        List<HttpResponse<String>> answers = atOnce(8, () -> postAsync("orders", order, key));

        assertThat(answers)
                .as("one recorded (201), the others answered with it (200)")
                .extracting(HttpResponse::statusCode)
                .containsOnly(201, 200)
                .containsOnlyOnce(201);
        assertThat(answers)
                .extracting(answer -> json(answer).getString("orderNumber"))
                .containsOnly(json(answers.get(0)).getString("orderNumber"));
    }

    /** The same order sent several times at once without a key is that many orders, as the platform asked. */
    @Test
    void theSameOrderSentSeveralTimesAtOnceWithoutAKeyIsThatManyOrders() throws Exception {
        String order = ORDER.replace("Bristol", "Bristol (" + UUID.randomUUID() + ")");

        List<HttpResponse<String>> answers = atOnce(8, () -> postAsync("orders", order, null));

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201);
        assertThat(answers)
                .extracting(answer -> json(answer).getString("orderNumber"))
                .doesNotHaveDuplicates();
    }

    /** Every change the API takes, sent several times at once byte for byte, is answered as if sent in turn. */
    @Test
    void theSameCustomerSentSeveralTimesAtOnceIsRegisteredEachTimeAsInTurn() throws Exception {
        String customer = """
                {"name":"Twice Bygg AB","email":"inkop@twice.example","defaultDeliveryAddress":"Storgatan 1, Falun %s"}""".formatted(UUID.randomUUID());

        List<HttpResponse<String>> answers = atOnce(8, () -> postAsync("customers", customer, null));

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201);
        assertThat(answers)
                .extracting(answer -> json(answer).getString("customerNumber"))
                .doesNotHaveDuplicates();
    }

    private CompletableFuture<HttpResponse<String>> postAsync(String path, String body, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api(path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Authorization", basic("integration"))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends n requests together and waits for every answer. */
    private static List<HttpResponse<String>> atOnce(int n, Supplier<CompletableFuture<HttpResponse<String>>> send)
            throws Exception {
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sent.add(send.get());
        }
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (var answer : sent) {
            answers.add(answer.get(90, TimeUnit.SECONDS));
        }
        return answers;
    }

    @Test
    void noCredentialsAndAStaffAccountAre401SoTheApiNeverSaysAStaffPasswordIsRight() throws Exception {
        HttpResponse<String> anonymous = post(null, ORDER, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));

        HttpResponse<String> person = post("sales", ORDER, null); // the right password of a staff account
        assertThat(person.statusCode()).isEqualTo(401);
        assertThat(person.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
        assertThat(person.body()).isEqualTo(anonymous.body());
        assertThat(http.send(
                                HttpRequest.newBuilder(api("orders/ORD-2026-000001"))
                                        .header(
                                                "Authorization",
                                                "Basic "
                                                        + Base64.getEncoder()
                                                                .encodeToString("integration:wrong".getBytes()))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void anUnknownOrderIs404AndTheApiIsDescribedInOpenApi() throws Exception {
        HttpResponse<String> missing = get("orders/ORD-1900-000001");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).getString("title")).isEqualTo("Not Found");

        HttpResponse<String> openApi = http.send(
                HttpRequest.newBuilder(SharedOrdertrail.baseUri().resolve("/openapi"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(openApi.body()).contains("/api/orders", "Idempotency-Key", "NewOrder", "problem+json");
    }

    @Test
    void thePlatformReadsTheCatalogTheCustomerAndTheCustomersOrders() throws Exception {
        String number = json(post("integration", ORDER, null)).getString("orderNumber");

        assertThat(get("products").body()).contains("\"code\":\"TAP-MSK-50\"", "\"unitCode\":\"EA\"");
        assertThat(json(get("customers/C-1005")).getString("name")).isEqualTo("Harbour Property Maintenance");
        HttpResponse<String> orders = get("customers/C-1005/orders?size=5");
        assertThat(orders.statusCode()).isEqualTo(200);
        assertThat(Json.createReader(new StringReader(orders.body()))
                        .readArray()
                        .getJsonObject(0)
                        .getString("orderNumber"))
                .as("newest first")
                .isEqualTo(number);
        assertThat(get("customers/C-0000/orders").statusCode()).isEqualTo(404);
    }
}
