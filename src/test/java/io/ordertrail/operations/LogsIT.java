package io.ordertrail.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ordertrail.platform.Jsons;
import io.ordertrail.testsupport.ApiClient;
import io.ordertrail.testsupport.HttpSession;
import io.ordertrail.testsupport.ItEnvironment;
import io.ordertrail.testsupport.SharedOrdertrail;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The logs of the shared instance, as an admin reads them under {@code data/logs}: the HTTP access log, and the JSON
 * lines in which one request, one message and one order can be followed; and what must never be in either.
 */
class LogsIT {

    private static final Path LOGS = ItEnvironment.dataDir().resolve("logs");
    private static final String INSTANCE =
            "ordertrail-" + SharedOrdertrail.baseUri().getPort();

    @Test
    void aRequestIsInTheAccessLogWithoutItsQueryString() throws Exception {
        String token = "secret-" + UUID.randomUUID();
        HttpSession anonymous = new HttpSession(SharedOrdertrail.baseUri());
        anonymous.get("/confirmation.xhtml?token=" + token);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(text(INSTANCE + "-access")).contains("/confirmation.xhtml"));
        assertThat(text(INSTANCE + "-access")).doesNotContain(token).doesNotContain("token=");
    }

    @Test
    void anOrderIsFollowedThroughTheJsonLinesByItsRequestIdItsNumberAndItsHandoverMessages() throws Exception {
        String requestId = "it-" + UUID.randomUUID();
        HttpResponse<String> created = ApiClient.integration(SharedOrdertrail.baseUri())
                .withRequestId(requestId)
                .post("orders", """
                        {"customerNumber":"%s","lines":[{"productCode":"RLR-230","quantity":1}],
                         "deliveryAddress":"1 Quay Street, Bristol BS1 4DJ"}""".formatted(newCustomer("1 Quay Street, Bristol BS1 4DJ")));
        assertThat(created.statusCode()).as(() -> ApiClient.explain(created)).isEqualTo(201);
        assertThat(created.headers().firstValue("X-Request-Id")).contains(requestId);
        String number = ApiClient.field(created, "orderNumber");

        // the request's own line names the order it recorded
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(jsonLines()).anySatisfy(line -> {
                    assertThat(line.getString("requestId", "")).isEqualTo(requestId);
                    assertThat(line.getString("orderNumber", "")).isEqualTo(number);
                    assertThat(line.getString("message")).contains(number + " received from");
                }));
        // each team's listener: its JMS message id and the order, also on the line written after its commit
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(jsonLines()
                                .filter(line -> number.equals(line.getString("orderNumber", null)))
                                .filter(line -> line.getString("messageId", "").startsWith("ID:"))
                                .map(line -> line.getString("message"))
                                .toList())
                        .anySatisfy(message ->
                                assertThat(message).isEqualTo("Inventory received the handover of " + number))
                        .anySatisfy(message ->
                                assertThat(message).isEqualTo("Fulfillment received the handover of " + number)));
        // and every line of the file is a JSON object with the fields a log shipper expects
        assertThat(jsonLines().toList())
                .allSatisfy(line -> assertThat(line.keySet()).contains("time", "level", "logger", "thread", "message"));
    }

    @Test
    void noPasswordTokenOrMessageBodyIsWrittenToAnyLog() throws Exception {
        String unique = UUID.randomUUID().toString();
        String wrongPassword = "Wrong-" + unique;
        HttpResponse<String> refused =
                new ApiClient(SharedOrdertrail.baseUri(), "integration", wrongPassword).get("products");
        assertThat(refused.statusCode()).isEqualTo(401);
        HttpSession person = new HttpSession(SharedOrdertrail.baseUri());
        person.signIn("nobody-" + unique.substring(0, 8), "Form-" + wrongPassword);
        assertThat(person.lastSignInLocation()).contains("login.xhtml");
        String address = "Body-" + unique + " Harbour Road, Bristol BS1 5TT";
        HttpResponse<String> created = ApiClient.integration(SharedOrdertrail.baseUri())
                .withRequestId("secrets-" + unique)
                .post("orders", """
                        {"customerNumber":"%s","lines":[{"productCode":"RLR-230","quantity":1}],
                         "deliveryAddress":"%s"}""".formatted(newCustomer(address), address));
        assertThat(created.statusCode()).as(() -> ApiClient.explain(created)).isEqualTo(201);
        String number = ApiClient.field(created, "orderNumber");

        // once both teams have had the handover, whose body holds the address
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(jsonLines()
                                .filter(line -> number.equals(line.getString("orderNumber", null)))
                                .map(line -> line.getString("message")))
                        .contains("Fulfillment received the handover of " + number));
        String everything = text("");
        assertThat(everything).contains("secrets-" + unique); // the logs were read
        assertThat(everything)
                .doesNotContain(wrongPassword)
                .doesNotContain(Base64.getEncoder().encodeToString(("integration:demo").getBytes()))
                .doesNotContain(address);
    }

    /**
     * A customer with no orders yet and this default address, so that an order of theirs to it is recorded (and
     * handed over) at once.
     */
    private static String newCustomer(String address) throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> customer = ApiClient.integration(SharedOrdertrail.baseUri())
                .post("customers", """
                        {"name":"Log reader %s","email":"logs-%s@example.com",
                         "defaultDeliveryAddress":"%s"}""".formatted(unique, unique, address));
        assertThat(customer.statusCode()).as(() -> ApiClient.explain(customer)).isEqualTo(201);
        return ApiClient.field(customer, "customerNumber");
    }

    private static Stream<JsonObject> jsonLines() throws IOException {
        return Stream.of(text(INSTANCE + "-", ".jsonl").split("\n"))
                .filter(line -> !line.isBlank())
                .map(Jsons::parse);
    }

    private static String text(String prefix) throws IOException {
        return text(prefix, "");
    }

    /** Every log file under data/logs whose name starts with the prefix and ends with the suffix, joined. */
    private static String text(String prefix, String suffix) throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(LOGS)) {
            files = listed.filter(file -> file.getFileName().toString().startsWith(prefix)
                            && file.getFileName().toString().endsWith(suffix)
                            && !file.getFileName().toString().endsWith(".lck"))
                    .toList();
        }
        return files.stream()
                .map(file -> {
                    try {
                        return Files.readString(file);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .collect(Collectors.joining("\n"));
    }
}
