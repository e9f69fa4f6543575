package io.ordertrail.review.domain;

import java.io.Serializable;

/**
 * How the first promise to the customer held, for the orders of a period whose goods were dispatched or ready for
 * pickup: how many by the first promised date, and how many days late the rest were (median and most).
 */
public record PromiseFigures(long ready, long onTime, long late, Long medianDaysLate, Long mostDaysLate)
        implements Serializable {

    /** The share on time in percent, to one decimal; null when no order's goods were ready. */
    public Double onTimePercent() {
        return ready == 0 ? null : Math.round(onTime * 1000.0 / ready) / 10.0;
    }
}
