package io.ordertrail.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-26T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @Test
    void credentialsAreTrustedForTheirTimeToLiveOnlyAndOnlyWithTheSamePassword() {
        VerifiedCredentials<String> verified = new VerifiedCredentials<>(Duration.ofMinutes(5), 10, clock);
        verified.remember("integration:demo", "integration");

        assertThat(verified.find("integration:demo")).contains("integration");
        assertThat(verified.find("integration:other")).isEmpty();

        now.set(now.get().plus(Duration.ofMinutes(5)));
        assertThat(verified.find("integration:demo")).isEmpty();
    }

    @Test
    void theLeastRecentlyUsedGoFirstWhenFull() {
        VerifiedCredentials<String> verified = new VerifiedCredentials<>(Duration.ofMinutes(5), 2, clock);
        verified.remember("a:1", "a");
        verified.remember("b:1", "b");
        verified.find("a:1");
        verified.remember("c:1", "c");

        assertThat(verified.find("b:1")).isEmpty();
        assertThat(verified.find("a:1")).contains("a");
        assertThat(verified.find("c:1")).contains("c");
    }
}
