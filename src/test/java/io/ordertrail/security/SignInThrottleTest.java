package io.ordertrail.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final SignInThrottle throttle = new SignInThrottle(
            new SignInThrottle.Limits(2, Duration.ofSeconds(1), Duration.ofSeconds(30), 5, Duration.ofMinutes(15)),
            new SignInThrottle.InMemory(),
            "account:");
    private final Instant t0 = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void aFewFailuresAreFreeThenEachTryWaitsLongerThenTheAccountLocks() {
        assertThat(throttle.failed("sam", t0)).isFalse();
        assertThat(throttle.failed("sam", t0)).isFalse();
        assertThat(throttle.refusal("sam", t0)).isEmpty();

        assertThat(throttle.failed("sam", t0)).isFalse(); // third: wait 1 s
        assertThat(throttle.refusal("sam", t0)).contains(new SignInThrottle.Refusal(false, t0.plusSeconds(1)));
        assertThat(throttle.refusal("sam", t0.plusSeconds(1))).isEmpty();
        assertThat(throttle.failed("sam", t0.plusSeconds(1))).isFalse(); // fourth: wait 2 s
        assertThat(throttle.refusal("sam", t0.plusSeconds(2))).isPresent();

        assertThat(throttle.failed("sam", t0.plusSeconds(3)))
                .as("the fifth locks")
                .isTrue();
        assertThat(throttle.refusal("sam", t0.plusSeconds(60)))
                .contains(new SignInThrottle.Refusal(true, t0.plusSeconds(3).plus(Duration.ofMinutes(15))));
        assertThat(throttle.locked(t0.plusSeconds(60))).containsOnlyKeys("sam");
        assertThat(throttle.refusal("ivy", t0.plusSeconds(60)))
                .as("others are not held up")
                .isEmpty();

        assertThat(throttle.refusal("sam", t0.plusSeconds(3).plus(Duration.ofMinutes(15))))
                .as("the lock ends by itself")
                .isEmpty();
    }

    @Test
    void anAdministratorLiftsALockAndASuccessClearsTheCount() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("sam", t0);
        }
        assertThat(throttle.unlock("sam")).isTrue();
        assertThat(throttle.refusal("sam", t0)).isEmpty();

        throttle.failed("ivy", t0);
        throttle.failed("ivy", t0);
        throttle.succeeded("ivy");
        throttle.failed("ivy", t0);
        assertThat(throttle.refusal("ivy", t0)).as("counting starts again").isEmpty();
    }

    @Test
    void theDelayDoublesUpToTheLongest() {
        assertThat(throttle.delayAfter(2)).isZero();
        assertThat(throttle.delayAfter(3)).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.delayAfter(6)).isEqualTo(Duration.ofSeconds(8));
        assertThat(throttle.delayAfter(40)).isEqualTo(Duration.ofSeconds(30));
    }
}
