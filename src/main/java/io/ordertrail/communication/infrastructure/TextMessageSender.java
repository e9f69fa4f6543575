package io.ordertrail.communication.infrastructure;

import io.ordertrail.communication.application.ConfirmationSettings;
import io.ordertrail.communication.domain.Communication;
import io.ordertrail.platform.Jsons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Hands a text-message confirmation to the configured messaging gateway: an HTTP POST of
 * {@code {"to", "text", "reference"}} as JSON, with the communication as Idempotency-Key so a gateway that sees
 * it twice sends it once. Any answer but 2xx is a failed attempt.
 */
@ApplicationScoped
public class TextMessageSender {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    ConfirmationSettings settings;

    /** Hands the text message to the gateway; returns the request body as sent. */
    public byte[] send(Communication communication) throws IOException, InterruptedException {
        String url = settings.messageGatewayUrl()
                .orElseThrow(
                        () -> new IOException("No messaging gateway is configured (ORDERTRAIL_MESSAGE_GATEWAY_URL)"));
        String body = Jsons.object()
                .add("to", communication.getRecipient())
                .add("text", communication.getTextContent())
                .add("reference", "confirmation-" + communication.getId())
                .build()
                .toString();
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", "confirmation-" + communication.getId())
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("The messaging gateway answered HTTP " + response.statusCode());
        }
        return body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
