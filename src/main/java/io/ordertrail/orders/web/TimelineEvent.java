package io.ordertrail.orders.web;

import java.io.Serializable;
import java.time.Instant;

/** One entry on the order's timeline: when, what, the detail and who. */
public final class TimelineEvent implements Serializable {

    private static final long serialVersionUID = 1L;
    private final Instant at;
    private final String what;
    private final String detail;
    private final String by;

    public TimelineEvent(Instant at, String what, String detail, String by) {
        this.at = at;
        this.what = what;
        this.detail = detail;
        this.by = by;
    }

    public Instant getAt() {
        return at;
    }

    public String getWhat() {
        return what;
    }

    public String getDetail() {
        return detail;
    }

    public String getBy() {
        return by;
    }
}
