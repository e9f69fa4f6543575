package io.ordertrail.gate;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The readiness gate: a tiny application deployed before anything else, whose only check is DOWN until Ordertrail's
 * pages are served.
 *
 * <p>Why a separate application: Payara 6.2025.10 answers {@code /health/ready} UP whenever at least one application
 * has started and no check is DOWN. The Artemis resource adapter, deployed before Ordertrail, counts as started and
 * has no checks, so for the seconds until Ordertrail registers its own checks (and forever, if Ordertrail fails to
 * deploy) readiness said {@code {"status":"UP","checks":[]}}. Payara does not read
 * {@code mp.health.default.readiness.empty.response} (the string is not in its {@code microprofile-healthcheck.jar}).
 * This gate is registered first and stays DOWN until Ordertrail says, through a system property of the shared JVM,
 * that its web module has started; and goes DOWN again as soon as Ordertrail begins to stop.
 */
@Readiness
@ApplicationScoped
public class OrdertrailServes implements HealthCheck {

    /** Set to {@code true} by Ordertrail's web module when it has started, {@code false} when it stops. */
    public static final String SERVING = "ordertrail.web.serving";

    @Override
    public HealthCheckResponse call() {
        boolean serving = Boolean.getBoolean(SERVING);
        return HealthCheckResponse.named("ordertrail-deployed")
                .status(serving)
                .withData("pages", serving ? "served" : "not served: Ordertrail is starting, stopping or not deployed")
                .build();
    }
}
