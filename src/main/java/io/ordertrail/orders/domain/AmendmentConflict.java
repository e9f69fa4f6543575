package io.ordertrail.orders.domain;

import io.ordertrail.platform.InputRejected.Problem;
import io.ordertrail.platform.i18n.Phrase;
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
                Phrase.of(
                        "problem.order.amendmentConflict",
                        String.valueOf(orderNumber),
                        String.valueOf(currentVersion),
                        String.valueOf(changedBy),
                        String.valueOf(expectedVersion)))));
        this.currentVersion = currentVersion;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }
}
