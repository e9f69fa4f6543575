package io.ordertrail.records.domain;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;

/**
 * How long each kind of record is kept (SOP section 5: at least 12 months). Orders and everything attached to them,
 * and the rest of the audit trail, are kept for months, never fewer than 12; operational data (sent outbox
 * messages, handover receipts and failures) for days.
 */
public record RetentionPolicy(int orderMonths, int auditMonths, int outboxDays, int receiptDays) {

    /** The SOP's minimum for orders, confirmations, communications and the trail of changes. */
    public static final int MINIMUM_MONTHS = 12;

    public RetentionPolicy {
        atLeastTheMinimum("ordertrail.retention.order-months (ORDERTRAIL_RETENTION_ORDER_MONTHS)", orderMonths);
        atLeastTheMinimum("ordertrail.retention.audit-months (ORDERTRAIL_RETENTION_AUDIT_MONTHS)", auditMonths);
        atLeastOneDay("ordertrail.retention.outbox-days (ORDERTRAIL_RETENTION_OUTBOX_DAYS)", outboxDays);
        atLeastOneDay("ordertrail.retention.receipt-days (ORDERTRAIL_RETENTION_RECEIPT_DAYS)", receiptDays);
    }

    private static void atLeastTheMinimum(String setting, int months) {
        if (months < MINIMUM_MONTHS) {
            throw new IllegalArgumentException(setting + " is " + months + " months; the SOP requires records to be"
                    + " kept for at least " + MINIMUM_MONTHS + " months. Set " + MINIMUM_MONTHS + " or more.");
        }
    }

    private static void atLeastOneDay(String setting, int days) {
        if (days < 1) {
            throw new IllegalArgumentException(setting + " is " + days + "; set a number of days of 1 or more.");
        }
    }

    /** Orders last changed before this instant are past their period. */
    public Instant orderCutOff(Instant now, ZoneId zone) {
        return now.atZone(zone).minus(Period.ofMonths(orderMonths)).toInstant();
    }

    /** Audit entries about anything else than an order, recorded before this instant, are past their period. */
    public Instant auditCutOff(Instant now, ZoneId zone) {
        return now.atZone(zone).minus(Period.ofMonths(auditMonths)).toInstant();
    }

    public Instant outboxCutOff(Instant now, ZoneId zone) {
        return now.atZone(zone).minus(Period.ofDays(outboxDays)).toInstant();
    }

    public Instant receiptCutOff(Instant now, ZoneId zone) {
        return now.atZone(zone).minus(Period.ofDays(receiptDays)).toInstant();
    }
}
