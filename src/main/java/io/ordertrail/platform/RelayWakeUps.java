package io.ordertrail.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wakes a relay when a transaction that queued work for it commits ({@link WorkWasQueued}), on the committing thread
 * and without waiting: while the relay is running, the wake-up only makes it go round once more; when it is idle, it
 * is started on a thread of the container's ({@link AfterCommitRelays#relayNow}). Under load the relay is running
 * most of the time, so most commits cost a flag, not a task.
 */
@ApplicationScoped
public class RelayWakeUps {

    private final Map<String, SingleFlight> flights = new ConcurrentHashMap<>();

    @Inject
    AfterCommitRelays relays;

    void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) WorkWasQueued queued) {
        if (flightOf(queued.relay()).request()) {
            relays.relayNow(queued.relay());
        }
    }

    /** The one flight of a relay, which its timer, its wake-ups and this share. */
    SingleFlight flightOf(String relay) {
        return flights.computeIfAbsent(relay, any -> new SingleFlight());
    }
}
