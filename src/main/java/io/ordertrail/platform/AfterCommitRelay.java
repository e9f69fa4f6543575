package io.ordertrail.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The after-commit relay: work a transaction leaves for after its commit (a handover to put on the broker, a
 * confirmation to deliver), done as soon as the transaction commits and again on a timer for whatever could not be
 * done then (broker or mail server down, server restarted).
 * <ul>
 * <li>One round at a time: a wake-up during a round makes it go round once more, and is never dropped.</li>
 * <li>Items in batches, oldest first; each item is relayed in a transaction of its own.</li>
 * <li>An item that fails ends the round and stays due with everything after it, so items keep their order; the
 * failure is logged once per outage, not on every tick.</li>
 * </ul>
 * A relay is a {@code @Singleton @Startup} bean with bean-managed concurrency that extends this class and calls
 * {@link #relayDue()} from an {@code @Asynchronous} observer of its "something was queued" event, after success.
 *
 * @param <T> what the relay moves: an outbox message, a confirmation's id
 */
@PermitAll // infrastructure: woken by the container (timer, transaction events), never by a person
public abstract class AfterCommitRelay<T> {

    @Resource
    TimerService timerService;

    private final SingleFlight flight = new SingleFlight();
    private final String what;
    private final int batchSize;
    private volatile boolean failing;

    /**
     * @param what      what the relay moves, for the log: "Outbox messages"
     * @param batchSize how many items a round reads at a time
     */
    protected AfterCommitRelay(String what, int batchSize) {
        this.what = what;
        this.batchSize = batchSize;
    }

    /** How often the timer looks for items that are due. */
    protected abstract Duration interval();

    /** Up to {@code max} items due now, in the order they are to be relayed; in a transaction of its own. */
    protected abstract List<T> due(int max);

    /** Relays one item in a transaction of its own; throws to end the round, leaving the item due. */
    protected abstract void relay(T item);

    /** After a round, the items it relayed: for work done once per round, such as marking them sent. */
    protected void relayed(List<T> items) {}

    @PostConstruct
    void startTimer() {
        long millis = interval().toMillis();
        timerService.createIntervalTimer(
                millis, millis, new TimerConfig(getClass().getSimpleName(), false));
    }

    @Timeout
    void onTimer() {
        relayDue();
    }

    /** Relays everything that is due; a call while a round is running makes that round go once more. */
    public void relayDue() {
        flight.run(this::relayAll);
    }

    private void relayAll() {
        try {
            while (round() == batchSize) {
                // a full batch: there may be more
            }
            if (failing) {
                logger().info(() -> what + " are relayed again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                logger().log(
                                Level.WARNING,
                                what + " could not be relayed; they stay due and are tried again every "
                                        + interval().toMillis() + " ms",
                                e);
            }
            failing = true;
        }
    }

    private int round() {
        List<T> batch = due(batchSize);
        List<T> done = new ArrayList<>(batch.size());
        RuntimeException failure = null;
        for (T item : batch) {
            try {
                relay(item);
            } catch (RuntimeException e) {
                failure = e;
                break;
            }
            done.add(item);
        }
        if (!done.isEmpty()) {
            relayed(done);
        }
        if (failure != null) {
            throw failure;
        }
        return batch.size();
    }

    private Logger logger() {
        return Logger.getLogger(getClass().getName());
    }
}
