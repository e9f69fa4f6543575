package io.ordertrail.communication.domain;

import java.time.Duration;

/**
 * How often a confirmation that could not be sent is tried again: the delay doubles from the first one up to the
 * longest, and after the last attempt it is given up on and shown as failed for staff to act on.
 */
public record RetryPolicy(Duration firstDelay, Duration longestDelay, int maxAttempts) {

    public Duration delayAfter(int attempts) {
        long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
        Duration delay = firstDelay.multipliedBy(factor);
        return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
    }
}
