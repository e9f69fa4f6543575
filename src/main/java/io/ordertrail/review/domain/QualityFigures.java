package io.ordertrail.review.domain;

import io.ordertrail.orders.domain.AmendmentOrigin;
import io.ordertrail.orders.domain.AmendmentReason;
import io.ordertrail.orders.domain.FlagType;
import java.io.Serializable;
import java.util.Map;

/**
 * How well the orders of a period were taken: how many were flagged (by flag) and what the double-check made of
 * them, how often they were amended (by reason, the customer's changes apart from our errors), how many
 * confirmations failed or needed another try, and the ERP documents refused (by reason).
 */
public record QualityFigures(
        long flaggedOrders,
        Map<FlagType, Long> flaggedBy,
        long doubleChecksApproved,
        long doubleChecksCancelled,
        long doubleChecksWaiting,
        Map<AmendmentReason, Long> amendmentsBy,
        Map<AmendmentOrigin, Long> ordersAmendedFor,
        long confirmationsFailed,
        long confirmationsRetried,
        Map<String, Long> erpRefusedBy)
        implements Serializable {

    /** Where the ERP refusals past the most frequent reasons are added up, in {@link #erpRefusedBy}. */
    public static final String OTHER_ERP_REASONS = "Other reasons";

    public long amendments() {
        return amendmentsBy.values().stream().mapToLong(Long::longValue).sum();
    }

    public long amendments(AmendmentOrigin origin) {
        return amendmentsBy.entrySet().stream()
                .filter(e -> e.getKey().getOrigin() == origin)
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    /** Amendments per 100 orders received, to one decimal; 0 without orders. */
    public static double per100(long count, long orders) {
        return orders == 0 ? 0 : Math.round(count * 1000.0 / orders) / 10.0;
    }

    public long erpRefused() {
        return erpRefusedBy.values().stream().mapToLong(Long::longValue).sum();
    }
}
