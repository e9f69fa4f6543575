package io.ordertrail.platform.api;

import io.ordertrail.platform.originals.InboundOriginal;
import io.ordertrail.platform.originals.OriginalKind;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every API request that changes something arrives as an original: its request line, its headers (without the
 * credentials) and its body byte for byte, as {@code message/http}. The change it causes links it (SOP section 5).
 */
@Provider
@Priority(Priorities.USER)
@ApplicationScoped
public class ApiRequestOriginals implements ContainerRequestFilter {

    /** Headers that carry secrets and stay out of the record. */
    private static final Set<String> SECRET = Set.of("authorization", "cookie", "proxy-authorization");

    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Inject
    InboundOriginal inbound;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!CHANGES.contains(request.getMethod())) {
            return;
        }
        byte[] body;
        try {
            body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the request body: " + e.getMessage(), e);
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        inbound.arrived(OriginalKind.API_REQUEST, "message/http", fileName(request), message(request, body));
    }

    private static String fileName(ContainerRequestContext request) {
        return request.getMethod().toLowerCase(Locale.ROOT) + "-"
                + request.getUriInfo().getPath().replaceAll("[^A-Za-z0-9._-]+", "-") + ".http";
    }

    /** The request as HTTP/1.1 would carry it: request line, headers by name, a blank line, the body. */
    static byte[] message(ContainerRequestContext request, byte[] body) {
        StringBuilder head = new StringBuilder()
                .append(request.getMethod())
                .append(' ')
                .append(request.getUriInfo().getRequestUri().getRawPath());
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        if (query != null) {
            head.append('?').append(query);
        }
        head.append(" HTTP/1.1\r\n");
        TreeMap<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(request.getHeaders());
        headers.forEach((name, values) -> {
            if (!SECRET.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(
                        value -> head.append(name).append(": ").append(value).append("\r\n"));
            }
        });
        head.append("\r\n");
        ByteArrayOutputStream message = new ByteArrayOutputStream(head.length() + body.length);
        message.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        message.writeBytes(body);
        return message.toByteArray();
    }
}
