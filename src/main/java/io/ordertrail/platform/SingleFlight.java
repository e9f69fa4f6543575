package io.ordertrail.platform;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Background work that runs one at a time and loses no wake-up: a call while the work is running makes it go round
 * once more when it finishes, instead of being dropped (the relays of handovers and confirmations use it).
 */
public final class SingleFlight {

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wokenWhileRunning = new AtomicBoolean();

    /** Runs the work now, or, if another thread is running it, has that thread run it once more. */
    public void run(Runnable work) {
        if (!running.compareAndSet(false, true)) {
            wokenWhileRunning.set(true);
            return;
        }
        try {
            do {
                wokenWhileRunning.set(false);
                work.run();
            } while (wokenWhileRunning.get());
        } finally {
            running.set(false);
        }
    }
}
