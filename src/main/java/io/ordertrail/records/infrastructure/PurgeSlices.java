package io.ordertrail.records.infrastructure;

import io.ordertrail.records.application.RecordsPurge;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;

/**
 * A step of the purge that removes slices until none is left or the run is asked to stop: each slice (100 orders,
 * 500 audit entries) is read, archived, deleted and counted in a transaction of its own, so memory holds one slice
 * whatever the total. The slices are chunks with their own transactions rather than the batch runtime's chunk
 * step: its checkpoint would join the chunk's transaction from a second, non-XA database. A stopped or failed run
 * restarted does this step again from the start, which finds only what is still due: the purge is idempotent.
 */
abstract class PurgeSlices extends AbstractBatchlet {

    @Inject
    RecordsPurge purge;

    @Inject
    JobContext job;

    private volatile boolean stopping;

    /** One slice after this id. */
    abstract RecordsPurge.Slice next(long afterId, long run);

    @Override
    public String process() {
        long lastId = 0;
        long purged = 0;
        while (!stopping) {
            RecordsPurge.Slice slice = next(lastId, job.getInstanceId());
            if (slice.done()) {
                return "purged " + purged;
            }
            lastId = slice.lastId();
            purged += slice.purged();
        }
        return "stopped after " + purged;
    }

    @Override
    public void stop() {
        stopping = true;
    }
}
