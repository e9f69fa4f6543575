package io.ordertrail.platform.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The database transaction of a message listener's work. The listeners themselves run outside the container's
 * transaction and take their message in a local transaction of the broker's, which the resource adapter commits once
 * {@code onMessage} returned, that is after this transaction committed, and rolls back when it threw (decision 0010).
 * A crash between the two commits delivers the message again, and the listener finds its work done.
 */
@ApplicationScoped
public class ListenerTransaction {

    /** Runs the work in a transaction of its own; any failure rolls it back and propagates to the listener. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void run(Runnable work) {
        work.run();
    }
}
