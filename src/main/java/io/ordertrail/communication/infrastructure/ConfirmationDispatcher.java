package io.ordertrail.communication.infrastructure;

import io.ordertrail.communication.application.ConfirmationQueued;
import io.ordertrail.platform.SingleFlight;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends queued confirmations: right after the transaction that queued one commits, and every two seconds for those
 * whose next attempt is due (the mail server or gateway was down). Each attempt runs in its own transaction; a
 * failure is recorded on the communication and never lost.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll // infrastructure: woken by the container (timer, transaction events), never by a person
public class ConfirmationDispatcher {

    private static final Logger LOG = Logger.getLogger(ConfirmationDispatcher.class.getName());
    private static final int BATCH = 20;

    @Inject
    ConfirmationDelivery delivery;
    @Resource
    SessionContext context;

    private final SingleFlight dispatch = new SingleFlight();

    public void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConfirmationQueued event) {
        context.getBusinessObject(ConfirmationDispatcher.class).dispatchSoon();
    }

    @Asynchronous
    public void dispatchSoon() {
        dispatchDue();
    }

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    public void dispatchDue() {
        dispatch.run(this::attemptDue);
    }

    private void attemptDue() {
        try {
            for (Long id : delivery.due(BATCH)) {
                delivery.attempt(id);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Dispatching confirmations failed; the next run tries again", e);
        }
    }
}
