package io.ordertrail.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiRateLimitTest {

    @Test
    void aMinutesRequestsGoThroughThenTheNextWaitsAndEachAccountHasItsOwn() {
        ApiRateLimit limit = new ApiRateLimit();
        limit.perMinute = 60;
        long t0 = 1_000_000_000L;
        for (int i = 0; i < 60; i++) {
            assertThat(limit.take("platform", t0)).as("request " + (i + 1)).isZero();
        }
        assertThat(limit.take("platform", t0)).as("the 61st waits a second").isEqualTo(1);
        assertThat(limit.take("other-platform", t0)).isZero();
        assertThat(limit.take("platform", t0 + 1_000_000_000L))
                .as("a second later, one more")
                .isZero();
        assertThat(limit.take("platform", t0 + 1_000_000_000L)).isEqualTo(1);
    }
}
