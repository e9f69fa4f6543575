package io.ordertrail.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** The online platform as tests use it: a quick way to a new customer with a recorded order of their own. */
public final class OnlinePlatform {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private OnlinePlatform() {}

    /** A new customer (email and mobile number) and an order of theirs for 2 rollers: recorded, not flagged. */
    public static String recordedOrder() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        JsonObject customer = post(
                "customers", """
                {"name":"Test customer %s","email":"buyer-%s@example.com","phone":"+44 7700 900%s",
                 "defaultDeliveryAddress":"%s Harbour Road, Bristol BS1 5TT"}""".formatted(unique, unique, String.valueOf(Math.abs(unique.hashCode()) % 1000), unique));
        JsonObject order = post("orders", """
                {"customerNumber":"%s","lines":[{"productCode":"RLR-230","quantity":2}],
                 "deliveryAddress":"%s Harbour Road, Bristol BS1 5TT"}""".formatted(customer.getString("customerNumber"), unique));
        assertThat(order.getString("status")).isEqualTo("RECORDED");
        return order.getString("orderNumber");
    }

    private static JsonObject post(String path, String body) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(SharedOrdertrail.baseUri().resolve("/api/" + path))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString("integration:demo".getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
