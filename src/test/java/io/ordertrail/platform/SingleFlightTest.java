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
            holdTheFirstRun(runs.incrementAndGet(), firstRunStarted, release);
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

    /**
     * Every call is followed by a run that started after it, however the calls and the end of a run interleave: the
     * last wake-up of a burst is not lost in the moment between the running thread's last look and its leaving.
     */
    @Test
    void noCallIsLostAsTheRunningThreadLeaves() throws Exception {
        for (int burst = 0; burst < 5_000; burst++) {
            SingleFlight flight = new SingleFlight();
            AtomicInteger calls = new AtomicInteger();
            AtomicInteger seenByALaterRun = new AtomicInteger();
            Runnable work = () -> seenByALaterRun.accumulateAndGet(calls.get(), Math::max);
            CountDownLatch go = new CountDownLatch(1);
            Thread[] callers = new Thread[3];
            for (int i = 0; i < callers.length; i++) {
                callers[i] = new Thread(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    for (int call = 0; call < 5; call++) {
                        calls.incrementAndGet();
                        flight.run(work);
                    }
                });
                callers[i].start();
            }
            go.countDown();
            for (Thread caller : callers) {
                caller.join(10_000);
            }
            assertThat(seenByALaterRun.get())
                    .as("burst %d: the last run started after the last call", burst)
                    .isEqualTo(calls.get());
        }
    }

    @Test
    void aRequestWhileTheWorkRunsIsTakenOnByTheRunningThreadAndOneWhileIdleIsTheCallersToRun() throws Exception {
        SingleFlight flight = new SingleFlight();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = new Thread(() -> flight.run(() -> holdTheFirstRun(runs.incrementAndGet(), running, release)));
        first.start();
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(flight.request())
                .as("running: the running thread goes round once more")
                .isFalse();
        release.countDown();
        first.join(10_000);
        assertThat(runs.get()).isEqualTo(2);

        assertThat(flight.request()).as("idle: the caller must start a run").isTrue();
        assertThat(runs.get()).as("a request runs nothing itself").isEqualTo(2);
    }

    /** The work's first run says it started, then waits until the test releases it; later runs go straight through. */
    private static void holdTheFirstRun(int run, CountDownLatch started, CountDownLatch release) {
        if (run != 1) {
            return;
        }
        started.countDown();
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
