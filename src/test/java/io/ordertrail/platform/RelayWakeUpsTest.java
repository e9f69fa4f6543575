package io.ordertrail.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A commit starts an idle relay on a thread of the container's, and only asks a running one to go round again. */
class RelayWakeUpsTest {

    private final List<String> started = new ArrayList<>();
    private final RelayWakeUps wakeUps = new RelayWakeUps();

    RelayWakeUpsTest() {
        wakeUps.relays = new AfterCommitRelays() {
            @Override
            public void relayNow(String relay) {
                started.add(relay);
            }
        };
    }

    @Test
    void aCommitStartsAnIdleRelay() {
        wakeUps.queued(new WorkWasQueued("Outbox messages"));

        assertThat(started).containsExactly("Outbox messages");
    }

    @Test
    void aCommitWhileTheRelayRunsStartsNothingAndTheRunningRoundGoesRoundOnceMore() {
        List<String> rounds = new ArrayList<>();
        SingleFlight flight = wakeUps.flightOf("Outbox messages");
        flight.run(() -> {
            rounds.add("round");
            if (rounds.size() == 1) {
                wakeUps.queued(new WorkWasQueued("Outbox messages")); // an order committed during the round
                wakeUps.queued(new WorkWasQueued("Outbox messages"));
            }
        });

        assertThat(started).as("no second task while one runs").isEmpty();
        assertThat(rounds).as("the running round went round once more for both").hasSize(2);
    }

    @Test
    void eachRelayHasItsOwnFlight() {
        wakeUps.flightOf("Outbox messages").run(() -> wakeUps.queued(new WorkWasQueued("Order confirmations")));

        assertThat(started).containsExactly("Order confirmations");
    }
}
