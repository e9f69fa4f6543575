package io.ordertrail.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.UUID;

/** The online platform as tests use it: a quick way to a new customer with a recorded order of their own. */
public final class OnlinePlatform {

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
        HttpResponse<String> response =
                ApiClient.integration(SharedOrdertrail.baseUri()).post(path, body);
        assertThat(response.statusCode()).as(() -> ApiClient.explain(response)).isEqualTo(201);
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
