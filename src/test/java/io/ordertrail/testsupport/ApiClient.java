package io.ordertrail.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/**
 * The REST API as a service account calls it: HTTP Basic on every request, JSON, a new Idempotency-Key on each
 * request. For tests that talk to an Ordertrail of their own; {@link OnlinePlatform} is the shared instance's.
 */
public final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private final URI api;
    private final String authorization;
    private final String requestId;

    public ApiClient(URI base, String user, String password) {
        this(
                null,
                base.resolve("/api/"),
                "Basic "
                        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private ApiClient(String requestId, URI api, String authorization) {
        this.api = api;
        this.authorization = authorization;
        this.requestId = requestId;
    }

    /** This client, sending its requests with this {@code X-Request-Id}. */
    public ApiClient withRequestId(String id) {
        return new ApiClient(id, api, authorization);
    }

    /** The demo data's service account, {@code integration}. */
    public static ApiClient integration(URI base) {
        return new ApiClient(base, "integration", "demo");
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send("GET", path, null, null);
    }

    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send("POST", path, null, json);
    }

    /** @param ifMatch the ETag of the version changed, or null */
    public HttpResponse<String> send(String method, String path, String ifMatch, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        // every request has an id, so that an unexpected answer can be explained from the server's log (explain)
        request.header("X-Request-Id", requestId != null ? requestId : "it-" + UUID.randomUUID());
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The answer's body and what the server logged as warnings or errors while handling it: the description for an
     * assertion on the answer's status, so a failure says why.
     */
    public static String explain(HttpResponse<String> response) {
        String requestId =
                response.request().headers().firstValue("X-Request-Id").orElse(null);
        String trouble = ServerLog.troubleWith(requestId);
        return response.request().method() + " " + response.uri().getPath() + " (request " + requestId + ") answered "
                + response.body() + (trouble.isEmpty() ? "" : "\nThe server logged:\n" + trouble);
    }

    /** A string field of a JSON answer, for example {@code orderNumber}. */
    public static String field(HttpResponse<String> response, String name) {
        return jakarta.json.Json.createReader(new java.io.StringReader(response.body()))
                .readObject()
                .getString(name);
    }
}
