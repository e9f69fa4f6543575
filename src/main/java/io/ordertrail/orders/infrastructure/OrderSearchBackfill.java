package io.ordertrail.orders.infrastructure;

import io.ordertrail.platform.cluster.JobLeases;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Gives the orders of a database from before the search box (V41) their search text, a few hundred every ten
 * seconds, each batch in its own transaction, until none is left. New and changed orders never wait for it: the
 * {@link OrderSearchIndex} indexes them in their own transaction.
 */
@Singleton
@PermitAll // infrastructure: woken by the container's timer, never by a person
public class OrderSearchBackfill {

    private static final Logger LOG = Logger.getLogger(OrderSearchBackfill.class.getName());

    static final int BATCH = 500;

    /** Its lease ({@link JobLeases}): three of its ten-second turns. */
    static final String JOB = "order-search-backfill";

    @Inject
    OrderSearchIndex index;

    @Inject
    JobLeases leases;

    /** Set once no order is left without its text; from then on the events keep the index complete. */
    private volatile boolean complete;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    public void indexMissing() {
        if (complete || !leases.hold(JOB, Duration.ofSeconds(30))) {
            return; // done, or another server gives the older orders their text
        }
        int indexed = index.indexMissing(BATCH);
        if (indexed > 0) {
            LOG.info(() -> "Search: gave " + indexed + " older orders their search text");
        }
        complete = indexed < BATCH;
    }
}
