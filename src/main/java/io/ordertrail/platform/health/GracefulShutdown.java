package io.ordertrail.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.Readiness;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * A graceful stop on SIGTERM (docker stop, systemd, Kubernetes, kill): readiness goes DOWN at once, so that a load
 * balancer stops sending new users here; for the drain period the server goes on serving what still arrives and
 * finishing what it has; then the JVM exits as before, and Payara stops its listeners, the application and the
 * resource adapter in order (a message being processed is rolled back and redelivered by the broker; an order
 * answered 201 was committed before the answer).
 *
 * <p>Without this, SIGTERM started Payara's stop at once: the HTTP port could close while readiness still said UP.
 */
@ApplicationScoped
public class GracefulShutdown {

    private static final Logger LOG = Logger.getLogger(GracefulShutdown.class.getName());
    private static final Signal TERM = new Signal("TERM");

    @Inject
    @Readiness
    ApplicationServes application;

    @Inject
    @ConfigProperty(name = "ordertrail.shutdown.drain-seconds", defaultValue = "5")
    int drainSeconds;

    private SignalHandler previous;

    synchronized void install() {
        if (previous == null) {
            // the handler runs on the JVM's signal thread, outside any CDI context: it gets plain objects only
            Runnable notReady = application.stopper();
            int drain = Math.max(0, drainSeconds);
            previous = Signal.handle(TERM, signal -> terminate(signal, notReady, drain));
        }
    }

    synchronized void uninstall() {
        if (previous != null) {
            Signal.handle(TERM, previous);
            previous = null;
        }
    }

    private static void terminate(Signal signal, Runnable notReady, int drainSeconds) {
        try {
            notReady.run();
            LOG.info(() -> "SIG" + signal.getName() + ": readiness is DOWN; serving what still arrives for "
                    + drainSeconds + " s, then stopping");
        } finally {
            // whatever happened above, the server stops; not on the signal thread, which must stay free
            Thread drain = new Thread(
                    () -> {
                        try {
                            TimeUnit.SECONDS.sleep(drainSeconds);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        LOG.info("Drain period over: stopping");
                        System.exit(143); // 128 + SIGTERM, as the default handler would
                    },
                    "ordertrail-drain");
            drain.start();
        }
    }
}
