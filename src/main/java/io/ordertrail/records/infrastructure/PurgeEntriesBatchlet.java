package io.ordertrail.records.infrastructure;

import io.ordertrail.records.application.RecordsPurge;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** The purge's step "entries": audit entries about anything but orders past their period, 500 to a transaction. */
@Named
@Dependent
public class PurgeEntriesBatchlet extends PurgeSlices {

    static final int SLICE = 500;

    @Override
    RecordsPurge.Slice next(long afterId, long run) {
        return purge.purgeNextEntries(afterId, SLICE, run);
    }
}
