package io.ordertrail.handover.infrastructure;

import io.ordertrail.platform.SingleFlight;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Moves outbox messages to the broker: right after a transaction that filled the outbox commits, and on a timer
 * for whatever an earlier attempt could not send (broker down, server crash). A failed attempt is logged and
 * the messages stay pending in the outbox, to be sent on the next attempt; nothing is dropped.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll // infrastructure: woken by the container (timer, transaction events), never by a person
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
    private static final int BATCH_SIZE = 100;

    @Inject
    OutboxDispatcher dispatcher;

    @Resource
    TimerService timerService;

    @Inject
    @ConfigProperty(name = "ordertrail.handover.relay-interval-ms", defaultValue = "1000")
    long intervalMillis;

    private final SingleFlight relay = new SingleFlight();
    private volatile boolean lastAttemptFailed;

    @PostConstruct
    void startTimer() {
        timerService.createIntervalTimer(intervalMillis, intervalMillis, new TimerConfig("outbox-relay", false));
    }

    @Timeout
    void onTimer() {
        relayPending();
    }

    @Asynchronous
    public void wakeUp(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.OutboxWasFilled filled) {
        relayPending();
    }

    /**
     * Sends one batch in order and marks what was sent. If a send fails, what went before it is still marked
     * and the rest waits for the next attempt, so one order's messages keep their order.
     */
    private int relayBatch() {
        List<OutboxMessage> batch = dispatcher.pending(BATCH_SIZE);
        List<Long> sent = new ArrayList<>(batch.size());
        RuntimeException failure = null;
        for (OutboxMessage message : batch) {
            try {
                dispatcher.send(message);
            } catch (RuntimeException e) {
                failure = e;
                break;
            }
            sent.add(message.getId());
        }
        dispatcher.markSent(sent, Instant.now());
        if (failure != null) {
            throw failure;
        }
        return batch.size();
    }

    /** Sends everything pending; a call while another is running makes that one go round once more. */
    void relayPending() {
        relay.run(this::relayAll);
    }

    private void relayAll() {
        try {
            while (relayBatch() == BATCH_SIZE) {
                // a full batch: there may be more
            }
            if (lastAttemptFailed) {
                LOG.info("Outbox relay is sending handover messages again");
                lastAttemptFailed = false;
            }
        } catch (RuntimeException e) {
            // The messages stay in the outbox and the timer tries again; log once per outage, not every second.
            if (!lastAttemptFailed) {
                LOG.log(Level.WARNING, "Outbox relay could not send handover messages; they stay pending and are"
                        + " retried every " + intervalMillis + " ms", e);
            }
            lastAttemptFailed = true;
        }
    }
}
