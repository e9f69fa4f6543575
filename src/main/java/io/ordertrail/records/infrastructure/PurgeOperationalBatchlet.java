package io.ordertrail.records.infrastructure;

import io.ordertrail.records.application.RecordsPurge;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.function.IntUnaryOperator;

/**
 * Operational data past its own shorter period: sent outbox messages, handover receipts and failures, and originals
 * about anything but orders. A thousand rows per transaction, until none is left or the run is stopped.
 */
@Named
@Dependent
public class PurgeOperationalBatchlet extends AbstractBatchlet {

    private static final int BATCH = 1000;

    @Inject
    RecordsPurge purge;

    @Inject
    StepContext step;

    @Inject
    jakarta.batch.runtime.context.JobContext job;

    private volatile boolean stopping;

    @Override
    public String process() {
        long run = job.getInstanceId();
        long outbox = drain(max -> purge.purgeSentOutbox(max, run));
        long receipts = drain(max -> purge.purgeHandoverReceipts(max, run));
        long originals = drain(max -> purge.purgeOtherOriginals(max, run));
        String counts = "outbox_messages=" + outbox + ";handover_receipts_and_failures=" + receipts
                + ";other_originals=" + originals;
        step.setExitStatus(counts);
        return counts;
    }

    private long drain(IntUnaryOperator batch) {
        long total = 0;
        int deleted;
        do {
            deleted = stopping ? 0 : batch.applyAsInt(BATCH);
            total += deleted;
        } while (deleted > 0);
        return total;
    }

    @Override
    public void stop() {
        stopping = true;
    }
}
