package io.ordertrail.review.domain;

import java.io.Serializable;
import java.time.Duration;

/**
 * How long the orders of a period took for a stage: how many reached its end, the median (the middle order's time;
 * of an even number, the lower of the two middle ones) and the 90th percentile (the time 90 % of them took at most).
 * No times when no order reached it.
 */
public record StageTime(long orders, Duration median, Duration p90) implements Serializable {

    public static final StageTime NONE = new StageTime(0, null, null);

    public long getOrders() {
        return orders;
    }

    public Duration getMedian() {
        return median;
    }

    public Duration getP90() {
        return p90;
    }
}
