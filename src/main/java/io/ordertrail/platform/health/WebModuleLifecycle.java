package io.ordertrail.platform.health;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.health.Readiness;

/**
 * Tells {@link ApplicationServes} when the web module has started, and when it begins to stop; and takes SIGTERM over
 * while it runs ({@link GracefulShutdown}).
 */
@WebListener
public class WebModuleLifecycle implements ServletContextListener {

    @Inject
    @Readiness
    ApplicationServes application;

    @Inject
    GracefulShutdown shutdown;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        application.started();
        shutdown.install();
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        application.stopping();
        shutdown.uninstall();
    }
}
