package io.ordertrail.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Background work runs one at a time, and a wake-up while it runs is not lost. */
class SingleFlightTest {

    @Test
    void aCallWhileTheWorkRunsMakesItRunOnceMoreInsteadOfRunningTwiceAtOnce() throws Exception {
        SingleFlight flight = new SingleFlight();
        AtomicInteger runs = new AtomicInteger();
        AtomicInteger concurrent = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch firstRunStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Runnable work = () -> {
            mostAtOnce.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
            if (runs.incrementAndGet() == 1) {
                firstRunStarted.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            concurrent.decrementAndGet();
        };
        Thread first = new Thread(() -> flight.run(work));
        first.start();
        assertThat(firstRunStarted.await(10, TimeUnit.SECONDS)).isTrue();

        flight.run(work); // returns at once: the running thread takes it on
        flight.run(work);
        assertThat(runs.get()).isEqualTo(1);
        release.countDown();
        first.join(10_000);

        await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() == 2);
        assertThat(mostAtOnce.get()).isEqualTo(1);
        flight.run(work);
        assertThat(runs.get()).as("idle again: runs in the caller's thread").isEqualTo(3);
    }
}
