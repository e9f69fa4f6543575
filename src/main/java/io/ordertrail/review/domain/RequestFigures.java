package io.ordertrail.review.domain;

import io.ordertrail.orders.domain.RequestDecision;
import io.ordertrail.orders.domain.SpecialRequestType;
import java.io.Serializable;
import java.util.Map;

/** The special requests on the orders of a period: by type and outcome, how long deciding took, and escalations. */
public record RequestFigures(
        Map<SpecialRequestType, Long> byType,
        Map<RequestDecision, Long> byOutcome,
        StageTime timeToDecide,
        long escalated)
        implements Serializable {

    public long requests() {
        return byType.values().stream().mapToLong(Long::longValue).sum();
    }
}
