package io.ordertrail.orders;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Polls an address's {@code /health/ready} as a load balancer does, and each time also its login page, from before a
 * (re)start until both answer 200: what readiness said against what the application could do at that moment.
 */
final class ReadinessWatch {

    /** One look: the status of /health/ready and of /login.xhtml asked right after it; 0 for no answer. */
    record Sample(int ready, int login) {}

    private final URI base;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final List<Sample> samples = new ArrayList<>();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final CompletableFuture<List<Sample>> done;

    private ReadinessWatch(URI base) {
        this.base = base;
        this.done = CompletableFuture.supplyAsync(this::poll);
    }

    static ReadinessWatch start(URI base) {
        return new ReadinessWatch(base);
    }

    /** The samples, once readiness and the login page both answered 200 (after at least one look that did not). */
    List<Sample> untilBothAnswer(Duration timeout) throws Exception {
        try {
            return done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            stop.set(true);
        }
    }

    /** Looks ten times a second (Awaitility paces it) until both answer, after a look where readiness did not. */
    private List<Sample> poll() {
        AtomicBoolean sawNotReady = new AtomicBoolean();
        await().pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(100))
                .atMost(Duration.ofMinutes(3))
                .until(() -> {
                    Sample sample = new Sample(status("/health/ready"), status("/login.xhtml"));
                    synchronized (samples) {
                        samples.add(sample);
                    }
                    if (sample.ready() != 200) {
                        sawNotReady.set(true);
                    }
                    return stop.get() || (sawNotReady.get() && sample.ready() == 200 && sample.login() == 200);
                });
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    private int status(String path) {
        try {
            return http.send(
                            HttpRequest.newBuilder(base.resolve(path))
                                    .timeout(Duration.ofSeconds(2))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException notListening) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
