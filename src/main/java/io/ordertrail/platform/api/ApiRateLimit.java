package io.ordertrail.platform.api;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Each service account may make {@code ordertrail.api.requests-per-minute} requests a minute, in bursts up to that
 * many: over it, the answer is 429 with Retry-After (seconds) and nothing is done. Counted in this server's memory.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
@ApplicationScoped
public class ApiRateLimit implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "ordertrail.api.requests-per-minute", defaultValue = "600")
    int perMinute;

    /** A token bucket: holds up to a minute's requests, refilled continuously. */
    private static final class Bucket {
        double tokens;
        long lastNanos;
    }

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Override
    public void filter(ContainerRequestContext request) {
        Principal caller = request.getSecurityContext().getUserPrincipal();
        if (caller == null) {
            return; // not signed in: the authentication mechanism has answered already
        }
        long waitSeconds = take(caller.getName(), System.nanoTime());
        if (waitSeconds > 0) {
            Response tooMany = new Problem(
                            "too-many-requests",
                            "Too many requests",
                            429,
                            "This account may make " + perMinute + " requests a minute; wait " + waitSeconds
                                    + " s (Retry-After), then go on.",
                            List.of())
                    .toResponse();
            request.abortWith(Response.fromResponse(tooMany)
                    .header("Retry-After", String.valueOf(waitSeconds))
                    .build());
        }
    }

    /** Takes a token for the account; returns 0 when there was one, else how many seconds until there is. */
    long take(String account, long nowNanos) {
        Bucket bucket = buckets.computeIfAbsent(account, a -> {
            Bucket b = new Bucket();
            b.tokens = perMinute;
            b.lastNanos = nowNanos;
            return b;
        });
        synchronized (bucket) {
            double perNano = perMinute / 60e9;
            bucket.tokens = Math.min(perMinute, bucket.tokens + (nowNanos - bucket.lastNanos) * perNano);
            bucket.lastNanos = nowNanos;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - bucket.tokens) / perNano / 1e9));
        }
    }
}
