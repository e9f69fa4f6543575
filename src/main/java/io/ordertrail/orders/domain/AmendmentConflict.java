package io.ordertrail.orders.domain;

import io.ordertrail.platform.InputRejected.Problem;
import java.util.List;

/**
 * Someone else amended the order while this person was changing an older version. Nothing of the second change
 * is stored; the person sees the current version and makes the change again on it.
 */
public class AmendmentConflict extends OrderRejected {

    private final int currentVersion;

    public AmendmentConflict(OrderNumber orderNumber, int expectedVersion, int currentVersion, String changedBy) {
        super(List.of(new Problem(
                "version",
                "Order " + orderNumber + " was changed to version " + currentVersion
                        + " by " + changedBy + " while you were working on version " + expectedVersion
                        + ". Nothing of your change was saved: check version " + currentVersion
                        + " and make your change again.")));
        this.currentVersion = currentVersion;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }
}
