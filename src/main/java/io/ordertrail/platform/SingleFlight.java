package io.ordertrail.platform;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Background work that runs one at a time and loses no wake-up: a call while the work is running makes it go round
 * once more when it finishes, instead of being dropped (the relays of handovers and confirmations use it).
 */
public final class SingleFlight {

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();

    /** Runs the work now, or, if another thread is running it, has that thread run it once more. */
    public void run(Runnable work) {
        wanted.set(true);
        // a call that arrives as the running thread leaves finds it gone and runs the work itself, or the leaving
        // thread, which looks at `wanted` again after it has let go, takes it on
        while (wanted.get() && running.compareAndSet(false, true)) {
            try {
                while (wanted.getAndSet(false)) {
                    work.run();
                }
            } finally {
                running.set(false);
            }
        }
    }

    /**
     * Asks for a run without running it: true when nobody is running the work, so the caller must {@link #run} it
     * (on a thread of its choice); false when the running thread takes it on.
     */
    public boolean request() {
        wanted.set(true);
        return !running.get();
    }
}
