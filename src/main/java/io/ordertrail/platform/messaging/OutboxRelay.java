package io.ordertrail.platform.messaging;

import io.ordertrail.platform.AfterCommitRelay;
import io.ordertrail.platform.BusinessClock;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Moves outbox messages to the broker, in the order they were written: right after a transaction that filled the
 * outbox commits, and on a timer for whatever an earlier attempt could not send. Messages that could not be sent
 * stay pending in the outbox; nothing is dropped.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll // infrastructure: woken by the container (timer, transaction events), never by a person
public class OutboxRelay extends AfterCommitRelay<OutboxMessage> {

    @Inject
    OutboxDelivery delivery;

    @Inject
    BusinessClock clock;

    @Inject
    @ConfigProperty(name = "ordertrail.handover.relay-interval-ms", defaultValue = "1000")
    long intervalMillis;

    public OutboxRelay() {
        super("Outbox messages", 100);
    }

    @Asynchronous
    public void wakeUp(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.OutboxWasFilled filled) {
        relayDue();
    }

    @Override
    protected Duration interval() {
        return Duration.ofMillis(intervalMillis);
    }

    @Override
    protected List<OutboxMessage> due(int max) {
        return delivery.pending(max);
    }

    @Override
    protected void relay(OutboxMessage message) {
        delivery.send(message);
    }

    /** Marked sent once per round, in one transaction: each send was durable on the broker when it returned. */
    @Override
    protected void relayed(List<OutboxMessage> sent) {
        delivery.markSent(sent.stream().map(OutboxMessage::getId).toList(), clock.now());
    }
}
