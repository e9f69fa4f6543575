package io.ordertrail.operations;

import io.ordertrail.communication.domain.DeliveryWasAttempted;
import io.ordertrail.erp.domain.ErpDocumentWasRefused;
import io.ordertrail.handover.domain.HandoverWasReceived;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderWasConfirmed;
import io.ordertrail.orders.domain.OrderWasReceived;
import io.ordertrail.orders.domain.OrderWasRecorded;
import io.ordertrail.platform.messaging.BrokerManagement;
import io.ordertrail.platform.messaging.Queues;
import io.ordertrail.security.SignInEvent;
import io.ordertrail.security.SignInWasRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * What an admin watches the order desk by, as MicroProfile Metrics in the application registry (served at
 * {@code /metrics}, Prometheus format, to an admin or a METRICS service account): orders recorded per channel, the
 * time to record and to confirm, confirmation attempts, the handover's lag per team, the outbox backlog, the
 * dead-letter queue, ERP refusals and sign-in failures and locks. Payara adds the JVM and the connection pool (base
 * and vendor registries).
 *
 * <p>Counters count what happened on this instance since it started, and only what committed; the two gauges ask
 * the database and the broker at each scrape.
 */
@ApplicationScoped
public class OperationsMetrics {

    private static final Logger LOG = Logger.getLogger(OperationsMetrics.class.getName());

    static final String ORDERS_RECORDED = "ordertrail_orders_recorded";
    static final String TIME_TO_RECORD = "ordertrail_order_time_to_record";
    static final String TIME_TO_CONFIRM = "ordertrail_order_time_to_confirm";
    static final String DELIVERY_ATTEMPTS = "ordertrail_delivery_attempts";
    static final String DELIVERY_RETRIES = "ordertrail_delivery_retries";
    static final String HANDOVER_LAG = "ordertrail_handover_lag";
    static final String OUTBOX_BACKLOG = "ordertrail_outbox_backlog";
    static final String DEAD_LETTERS = "ordertrail_dead_letters";
    static final String ERP_REFUSED = "ordertrail_erp_documents_refused";
    static final String SIGN_INS = "ordertrail_sign_ins";

    private static final Set<SignInEvent.Outcome> SIGN_IN_OUTCOMES = Set.of(
            SignInEvent.Outcome.SIGNED_IN,
            SignInEvent.Outcome.FAILED,
            SignInEvent.Outcome.THROTTLED,
            SignInEvent.Outcome.LOCKED,
            SignInEvent.Outcome.UNLOCKED);

    @Inject
    MetricRegistry registry;

    @Inject
    BrokerManagement broker;

    @PersistenceContext
    EntityManager em;

    /** The gauges, registered once the application has started. */
    void registerGauges(@Observes @Initialized(ApplicationScoped.class) Object started) {
        registry.gauge(
                Metadata.builder()
                        .withName(OUTBOX_BACKLOG)
                        .withDescription("Handover and answer messages committed but not yet sent to the broker")
                        .build(),
                this,
                OperationsMetrics::outboxBacklog);
        registry.gauge(
                Metadata.builder()
                        .withName(DEAD_LETTERS)
                        .withDescription("Messages waiting in the dead-letter queue for an administrator")
                        .build(),
                this,
                OperationsMetrics::deadLetters);
    }

    void orderWasReceived(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderWasReceived received) {
        registry.counter(
                        Metadata.builder()
                                .withName(ORDERS_RECORDED)
                                .withDescription("Orders recorded (stored), by channel")
                                .build(),
                        new Tag(
                                "channel",
                                tagValue(received.order().getChannel().name())))
                .inc();
    }

    void orderWasRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderWasRecorded recorded) {
        Order order = recorded.order();
        between(order.getRecordedAt(), order.getFirstRecordedAt())
                .ifPresent(time -> timer(
                                TIME_TO_RECORD,
                                "From receipt to recording, including a second person's approval of a flagged order",
                                order)
                        .update(time));
    }

    void orderWasConfirmed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderWasConfirmed confirmed) {
        Order order = confirmed.order();
        between(order.getRecordedAt(), order.getConfirmedAt())
                .ifPresent(
                        time -> timer(TIME_TO_CONFIRM, "From receipt to the confirmation sent to the customer", order)
                                .update(time));
    }

    void deliveryWasAttempted(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveryWasAttempted attempt) {
        Tag kind = new Tag("kind", tagValue(attempt.kind().name()));
        Tag channel = new Tag("channel", tagValue(attempt.channel().name()));
        registry.counter(
                        Metadata.builder()
                                .withName(DELIVERY_ATTEMPTS)
                                .withDescription("Attempts to send a confirmation or notice: sent, pending (failed,"
                                        + " to be retried) or failed (given up)")
                                .build(),
                        kind,
                        channel,
                        new Tag("outcome", tagValue(attempt.status().name())))
                .inc();
        if (attempt.retry()) {
            registry.counter(
                            Metadata.builder()
                                    .withName(DELIVERY_RETRIES)
                                    .withDescription("Attempts after the first one")
                                    .build(),
                            kind,
                            channel)
                    .inc();
        }
    }

    void handoverWasReceived(@Observes(during = TransactionPhase.AFTER_SUCCESS) HandoverWasReceived received) {
        between(received.queuedAt(), received.receivedAt())
                .ifPresent(lag -> registry.timer(
                                Metadata.builder()
                                        .withName(HANDOVER_LAG)
                                        .withDescription("From the handover's commit to its receipt by the team")
                                        .withUnit(MetricUnits.SECONDS)
                                        .build(),
                                new Tag("team", tagValue(received.team().name())))
                        .update(lag));
    }

    void erpDocumentWasRefused(@Observes(during = TransactionPhase.AFTER_SUCCESS) ErpDocumentWasRefused refused) {
        registry.counter(
                        Metadata.builder()
                                .withName(ERP_REFUSED)
                                .withDescription("ERP documents refused: answered with a refusal, or unreadable"
                                        + " and dead-lettered")
                                .build(),
                        new Tag("answered", String.valueOf(refused.answered())))
                .inc();
    }

    void signInWasRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) SignInWasRecorded recorded) {
        SignInEvent.Outcome outcome = recorded.event().getOutcome();
        if (SIGN_IN_OUTCOMES.contains(outcome)) {
            registry.counter(
                            Metadata.builder()
                                    .withName(SIGN_INS)
                                    .withDescription(
                                            "Sign-ins by outcome: signed in, failed, throttled, locked," + " unlocked")
                                    .build(),
                            new Tag("outcome", tagValue(outcome.name())))
                    .inc();
        }
    }

    private org.eclipse.microprofile.metrics.Timer timer(String name, String description, Order order) {
        return registry.timer(
                Metadata.builder()
                        .withName(name)
                        .withDescription(description)
                        .withUnit(MetricUnits.SECONDS)
                        .build(),
                new Tag("channel", tagValue(order.getChannel().name())));
    }

    private static java.util.Optional<Duration> between(Instant from, Instant to) {
        return from == null || to == null || to.isBefore(from)
                ? java.util.Optional.empty()
                : java.util.Optional.of(Duration.between(from, to));
    }

    private static String tagValue(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** Asked at each scrape; NaN (and the reason in the log) when the database does not answer. */
    Double outboxBacklog() {
        try {
            return em.createQuery("select count(m) from OutboxMessage m where m.sentAt is null", Long.class)
                    .getSingleResult()
                    .doubleValue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Metrics: the outbox backlog could not be counted", e);
            return Double.NaN;
        }
    }

    /** Asked at each scrape; NaN (and the reason in the log) when the broker does not answer. */
    Double deadLetters() {
        try {
            String answer = broker.invoke("queue." + Queues.DEAD_LETTERS, "countMessages");
            return io.ordertrail.platform.Jsons.parseArray(answer)
                    .getJsonNumber(0)
                    .doubleValue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Metrics: the dead-letter queue could not be counted", e);
            return Double.NaN;
        }
    }
}
