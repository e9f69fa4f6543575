package io.ordertrail.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the application's pages are served. Payara registers the application's health checks while it
 * deploys the application, seconds before the web module answers its first request (measured: /health/ready said UP
 * for about six seconds while /login.xhtml was 404). {@link WebModuleLifecycle} says when the web module has started,
 * and when it stops, so that a load balancer stops sending users here before the pages go away.
 */
@Readiness
@ApplicationScoped
public class ApplicationServes implements HealthCheck {

    /**
     * The JVM-wide flag the readiness gate reads (server-config/readiness-gate): the gate is deployed before the
     * resource adapter and Ordertrail, so that readiness is DOWN before Ordertrail's own checks exist.
     */
    static final String SERVING_PROPERTY = "ordertrail.web.serving";

    private final AtomicBoolean serving = new AtomicBoolean();

    void started() {
        serving.set(true);
        System.setProperty(SERVING_PROPERTY, "true");
    }

    void stopping() {
        serving.set(false);
        System.setProperty(SERVING_PROPERTY, "false");
    }

    /**
     * Marks the application as stopping, callable where no CDI context is active (a signal handler's thread): bound
     * to this instance, not to the container's proxy.
     */
    Runnable stopper() {
        return this::stopping;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("application")
                .status(serving.get())
                .withData("pages", serving.get() ? "served" : "not served: starting or stopping")
                .build();
    }
}
