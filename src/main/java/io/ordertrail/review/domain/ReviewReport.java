package io.ordertrail.review.domain;

import java.io.Serializable;

/** A period's figures next to the previous period's, as the manager's review sets them side by side. */
public record ReviewReport(PeriodFigures current, PeriodFigures previous) implements Serializable {

    public ReviewPeriod period() {
        return current.period();
    }
}
