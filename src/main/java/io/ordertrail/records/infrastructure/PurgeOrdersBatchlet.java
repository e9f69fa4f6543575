package io.ordertrail.records.infrastructure;

import io.ordertrail.records.application.RecordsPurge;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** The purge's step "orders": orders past their period and under no hold, 100 to a transaction. */
@Named
@Dependent
public class PurgeOrdersBatchlet extends PurgeSlices {

    static final int SLICE = 100;

    @Override
    RecordsPurge.Slice next(long afterId, long run) {
        return purge.purgeNextOrders(afterId, SLICE, run);
    }
}
