package io.ordertrail.communication.infrastructure;

import io.ordertrail.communication.application.ConfirmationQueued;
import io.ordertrail.platform.AfterCommitRelay;
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
 * Sends queued confirmations: right after the transaction that queued one commits, and every two seconds for those
 * whose next attempt is due (the mail server or gateway was down). Each attempt runs in its own transaction and
 * records its own failure on the communication, to be tried again later; nothing is lost.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll // infrastructure: woken by the container (timer, transaction events), never by a person
public class ConfirmationRelay extends AfterCommitRelay<Long> {

    @Inject
    ConfirmationDelivery delivery;

    @Inject
    @ConfigProperty(name = "ordertrail.confirmation.relay-interval-ms", defaultValue = "2000")
    long intervalMillis;

    public ConfirmationRelay() {
        super("Confirmations", 20);
    }

    @Asynchronous
    public void wakeUp(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConfirmationQueued queued) {
        relayDue();
    }

    @Override
    protected Duration interval() {
        return Duration.ofMillis(intervalMillis);
    }

    @Override
    protected List<Long> due(int max) {
        return delivery.due(max);
    }

    @Override
    protected void relay(Long communicationId) {
        delivery.attempt(communicationId);
    }
}
