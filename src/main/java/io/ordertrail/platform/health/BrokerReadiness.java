package io.ordertrail.platform.health;

import io.ordertrail.platform.Resources;
import io.ordertrail.platform.messaging.Queues;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the JMS broker answers: without it no handover reaches inventory or fulfillment. */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(BrokerReadiness.class.getName());

    private static final long TIMEOUT_SECONDS = 3;
    /** Always there (broker.xml): where dead letters go. Browsing it changes nothing. */
    private static final String PROBE_QUEUE = Queues.DEAD_LETTERS;

    @Resource(lookup = Resources.CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    @Resource
    ManagedExecutorService executor;

    @Override
    public HealthCheckResponse call() {
        // A pooled connection looks open while it is reconnecting to a broker that is gone, so ask the broker
        // something it must answer: browsing a queue opens a consumer on it.
        Future<String> probe = executor.submit(() -> {
            try (Connection connection = connectionFactory.createConnection();
                    Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                    QueueBrowser browser = session.createBrowser(session.createQueue(PROBE_QUEUE))) {
                browser.getEnumeration().hasMoreElements();
                return connection.getMetaData().getJMSProviderName();
            }
        });
        try {
            String provider = probe.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return HealthCheckResponse.named("broker")
                    .up()
                    .withData("provider", provider)
                    .build();
        } catch (TimeoutException e) {
            probe.cancel(true);
            return down("no answer within " + TIMEOUT_SECONDS + " s");
        } catch (ExecutionException e) {
            // the health endpoint is public: the reason goes to the log, not to whoever asks
            LOG.log(Level.WARNING, "Broker readiness check failed", e.getCause());
            return down("the broker did not answer; the server log has the reason");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down("interrupted");
        }
    }

    private static HealthCheckResponse down(String reason) {
        return HealthCheckResponse.named("broker")
                .down()
                .withData("error", reason)
                .build();
    }
}
