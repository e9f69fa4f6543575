package io.ordertrail.records.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** The last verification of the audit trail on this server: what the health check and the log report. */
@ApplicationScoped
public class TrailHealth {

    /** A verification's outcome and when it ran. */
    public record Last(AuditSealing.Result result, Instant at) {}

    private volatile Last last;

    void verified(AuditSealing.Result result, Instant at) {
        last = new Last(result, at);
    }

    /** The last verification, or null before the first one. */
    public Last last() {
        return last;
    }
}
