package io.ordertrail.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionLifetimeTest {

    private final SessionLifetime lifetime = new SessionLifetime(Duration.ofHours(10), Duration.ofMinutes(30));
    private final Instant signedIn = Instant.parse("2026-11-30T08:00:00Z");

    @Test
    void aSessionEndsWhenIdleForTheIdleTimeOrAtItsAbsoluteLifetime() {
        assertThat(lifetime.ended(signedIn, signedIn.plusSeconds(60), signedIn.plusSeconds(60 + 29 * 60)))
                .isEmpty();
        assertThat(lifetime.ended(signedIn, signedIn.plusSeconds(60), signedIn.plusSeconds(60 + 30 * 60)))
                .contains("idle for 30 min");
        Instant busyAllDay = signedIn.plus(Duration.ofHours(10));
        assertThat(lifetime.ended(signedIn, busyAllDay.minusSeconds(1), busyAllDay))
                .contains("signed in more than 10 h ago");
    }

    @Test
    void aPagesPollIsNoActivityAnythingElseIs() {
        assertThat(SessionLifetime.isActivity("confirmForm:confirmationPoll")).isFalse();
        assertThat(SessionLifetime.isActivity("tasksForm:tasksPoll")).isFalse();
        assertThat(SessionLifetime.isActivity("orderForm:record")).isTrue();
        assertThat(SessionLifetime.isActivity(null)).as("a page load").isTrue();
    }
}
