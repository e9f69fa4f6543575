package io.ordertrail.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The after-commit relay, once for every {@link RelayWork}: each is run as soon as a transaction that queued work for
 * it commits ({@link WorkWasQueued}, through {@link RelayWakeUps}), and on its own timer for whatever could not be done then (broker or mail
 * server down, server restarted).
 * <ul>
 * <li>One round at a time per relay: a wake-up during a round makes it go round once more, and is never dropped.</li>
 * <li>Items in batches, oldest first; each item relayed in a transaction of its own.</li>
 * <li>A relay of several lanes ({@link RelaySchedule#lanes()}) relays a batch's lanes at the same time, each lane's
 * items one after the other; items that must keep their order (one order's handovers) share a lane.</li>
 * <li>An item that fails ends its lane's round and stays due with everything after it in its lane, so items keep
 * their order; the failure is logged once per outage, not on every tick.</li>
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

    @Resource
    SessionContext session;

    @Inject
    RelayWakeUps wakeUps;

    private final Map<String, Relay<?>> relays = new ConcurrentHashMap<>();

    @PostConstruct
    void startTimers() {
        AfterCommitRelays self = session.getBusinessObject(AfterCommitRelays.class);
        for (RelayWork<?> work : works) {
            RelaySchedule schedule = work.schedule();
            Relay<?> relay = new Relay<>(
                    work,
                    schedule.name(),
                    schedule.batchSize(),
                    schedule.configuredInterval(),
                    schedule.configuredLanes(),
                    wakeUps.flightOf(schedule.name()),
                    self);
            relays.put(schedule.name(), relay);
            long millis = relay.interval.toMillis();
            timerService.createIntervalTimer(millis, millis, new TimerConfig(schedule.name(), false));
        }
    }

    @Timeout
    void onTimer(Timer timer) {
        relayDue((String) timer.getInfo());
    }

    /** Runs a relay's round now on a thread of the container's, or once more if it is running ({@link RelayWakeUps}). */
    @Asynchronous
    public void relayNow(String relay) {
        relayDue(relay);
    }

    private void relayDue(String name) {
        Relay<?> relay = relays.get(name);
        if (relay == null) {
            throw new IllegalStateException("No relay is named " + name + "; the relays are " + relays.keySet());
        }
        relay.flight.run(relay::relayAll);
    }

    /** What one lane of a round relayed, in order, and the failure that ended it early (null when none). */
    public record LaneOutcome<T>(List<T> relayed, RuntimeException failure) {}

    /**
     * Relays one lane of a round on a thread of the container's, the lane's items one after the other; stops at the
     * first that fails. Called by the relay itself, never by the application.
     */
    @Asynchronous
    public <T> Future<LaneOutcome<T>> relayLane(RelayWork<T> work, List<T> lane) {
        return CompletableFuture.completedFuture(relayInOrder(work, lane));
    }

    private static <T> LaneOutcome<T> relayInOrder(RelayWork<T> work, List<T> items) {
        List<T> done = new ArrayList<>(items.size());
        for (T item : items) {
            try {
                work.relay(item);
            } catch (RuntimeException e) {
                return new LaneOutcome<>(done, e);
            }
            done.add(item);
        }
        return new LaneOutcome<>(done, null);
    }

    /** One relay's state: its single flight and whether its last round failed. */
    private static final class Relay<T> {
        private final RelayWork<T> work;
        private final String name;
        private final int batchSize;
        private final Duration interval;
        private final int lanes;
        private final AfterCommitRelays self;
        private final SingleFlight flight;
        private volatile boolean failing;

        Relay(
                RelayWork<T> work,
                String name,
                int batchSize,
                Duration interval,
                int lanes,
                SingleFlight flight,
                AfterCommitRelays self) {
            this.work = work;
            this.flight = flight;
            this.name = name;
            this.batchSize = batchSize;
            this.interval = interval;
            this.lanes = lanes;
            this.self = self;
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
            List<LaneOutcome<T>> outcomes =
                    lanes == 1 || batch.size() < 2 ? List.of(relayInOrder(work, batch)) : inLanes(batch);
            List<T> done = new ArrayList<>(batch.size());
            RuntimeException failure = null;
            for (LaneOutcome<T> outcome : outcomes) {
                done.addAll(outcome.relayed());
                if (failure == null) {
                    failure = outcome.failure();
                } else if (outcome.failure() != null) {
                    failure.addSuppressed(outcome.failure());
                }
            }
            if (!done.isEmpty()) {
                work.relayed(done);
            }
            if (failure != null) {
                throw failure;
            }
            return batch.size();
        }

        /** The batch split by lane, each lane keeping the batch's order, relayed at the same time; all outcomes. */
        private List<LaneOutcome<T>> inLanes(List<T> batch) {
            Map<Integer, List<T>> byLane = new LinkedHashMap<>();
            for (T item : batch) {
                byLane.computeIfAbsent(
                                Math.floorMod(java.util.Objects.hashCode(work.lane(item)), lanes),
                                l -> new ArrayList<>())
                        .add(item);
            }
            List<Future<LaneOutcome<T>>> running = new ArrayList<>();
            for (List<T> lane : byLane.values()) {
                running.add(self.relayLane(work, lane));
            }
            List<LaneOutcome<T>> outcomes = new ArrayList<>();
            for (Future<LaneOutcome<T>> lane : running) {
                try {
                    outcomes.add(lane.get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    outcomes.add(new LaneOutcome<>(List.of(), new IllegalStateException(name + ": interrupted", e)));
                } catch (ExecutionException e) {
                    outcomes.add(new LaneOutcome<>(
                            List.of(),
                            e.getCause() instanceof RuntimeException cause
                                    ? cause
                                    : new IllegalStateException(name + ": a lane failed", e.getCause())));
                }
            }
            return outcomes;
        }
    }
}
