package io.ordertrail.records.infrastructure;

import io.ordertrail.records.application.RecordsPurge;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The last step: one audit entry for the run, with what it purged over all its executions (a restart included). */
@Named
@Dependent
public class PurgeReportBatchlet extends AbstractBatchlet {

    @Inject
    RecordsPurge purge;

    @Inject
    JobContext job;

    @Override
    public String process() {
        return purge.reportRun(job.getInstanceId());
    }
}
