package io.ordertrail.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The after-commit relay, once for every {@link RelayWork}: each is run as soon as a transaction that queued work for
 * it commits ({@link WorkWasQueued}), and on its own timer for whatever could not be done then (broker or mail
 * server down, server restarted).
 * <ul>
 * <li>One round at a time per relay: a wake-up during a round makes it go round once more, and is never dropped.</li>
 * <li>Items in batches, oldest first; each item relayed in a transaction of its own.</li>
 * <li>An item that fails ends the round and stays due with everything after it, so items keep their order; the
 * failure is logged once per outage, not on every tick.</li>
 * </ul>
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each step of the work brings its own
@PermitAll // infrastructure: woken by the container (timers, transaction events), never by a person
public class AfterCommitRelays {

    private static final Logger LOG = Logger.getLogger(AfterCommitRelays.class.getName());

    @Resource
    TimerService timerService;

    @Inject
    @Any
    Instance<RelayWork<?>> works;

    private final Map<String, Relay<?>> relays = new ConcurrentHashMap<>();

    @PostConstruct
    void startTimers() {
        for (RelayWork<?> work : works) {
            RelaySchedule schedule = work.schedule();
            Relay<?> relay = new Relay<>(work, schedule.name(), schedule.batchSize(), schedule.configuredInterval());
            relays.put(schedule.name(), relay);
            long millis = relay.interval.toMillis();
            timerService.createIntervalTimer(millis, millis, new TimerConfig(schedule.name(), false));
        }
    }

    @Timeout
    void onTimer(Timer timer) {
        relayDue((String) timer.getInfo());
    }

    @Asynchronous
    public void wakeUp(@Observes(during = TransactionPhase.AFTER_SUCCESS) WorkWasQueued queued) {
        relayDue(queued.relay());
    }

    private void relayDue(String name) {
        Relay<?> relay = relays.get(name);
        if (relay == null) {
            throw new IllegalStateException("No relay is named " + name + "; the relays are " + relays.keySet());
        }
        relay.flight.run(relay::relayAll);
    }

    /** One relay's state: its single flight and whether its last round failed. */
    private static final class Relay<T> {
        private final RelayWork<T> work;
        private final String name;
        private final int batchSize;
        private final Duration interval;
        private final SingleFlight flight = new SingleFlight();
        private volatile boolean failing;

        Relay(RelayWork<T> work, String name, int batchSize, Duration interval) {
            this.work = work;
            this.name = name;
            this.batchSize = batchSize;
            this.interval = interval;
        }

        void relayAll() {
            try {
                while (round() == batchSize) {
                    // a full batch: there may be more
                }
                if (failing) {
                    LOG.info(() -> name + " are relayed again");
                    failing = false;
                }
            } catch (RuntimeException e) {
                if (!failing) {
                    LOG.log(
                            Level.WARNING,
                            name + " could not be relayed; they stay due and are tried again every "
                                    + interval.toMillis() + " ms",
                            e);
                }
                failing = true;
            }
        }

        private int round() {
            List<T> batch = work.due(batchSize);
            List<T> done = new ArrayList<>(batch.size());
            RuntimeException failure = null;
            for (T item : batch) {
                try {
                    work.relay(item);
                } catch (RuntimeException e) {
                    failure = e;
                    break;
                }
                done.add(item);
            }
            if (!done.isEmpty()) {
                work.relayed(done);
            }
            if (failure != null) {
                throw failure;
            }
            return batch.size();
        }
    }
}
