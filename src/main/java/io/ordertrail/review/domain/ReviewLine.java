package io.ordertrail.review.domain;

import io.ordertrail.orders.domain.AmendmentOrigin;
import io.ordertrail.orders.domain.AmendmentReason;
import io.ordertrail.orders.domain.FlagType;
import io.ordertrail.orders.domain.OrderFact;
import io.ordertrail.orders.domain.RequestDecision;
import io.ordertrail.orders.domain.SpecialRequestType;
import io.ordertrail.platform.Money;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The review's figures as lines of text, this period next to the previous, for the dashboard, the workbook and the
 * PDF alike. {@code filter}: what narrows the order list of the period to the orders behind the figure
 * ({@code "&amended=OUR_ERROR"}), null where the list cannot show exactly those.
 */
public record ReviewLine(String id, String label, String now, String before, String filter) implements Serializable {

    static ReviewLine of(String id, String label, String now, String before, String filter) {
        return new ReviewLine(id, label, now, before, filter);
    }

    /**
     * The quality figures, each a line of this period and the previous, with the order list's filter of the orders
     * behind it where the list can show exactly those.
     */
    /**
     * What the orders that stand are worth, per currency: net, VAT and gross, this period against the previous one.
     * Each currency apart, never converted.
     */
    public static List<ReviewLine> values(ReviewReport report) {
        java.util.SortedSet<String> currencies =
                new java.util.TreeSet<>(report.current().values().keySet());
        currencies.addAll(report.previous().values().keySet());
        List<ReviewLine> rows = new ArrayList<>();
        for (String currency : currencies) {
            OrderValue now = report.current().value(currency);
            OrderValue before = report.previous().value(currency);
            java.util.Currency c = java.util.Currency.getInstance(currency);
            rows.add(ReviewLine.of(
                    "orders" + currency,
                    "Orders in " + currency,
                    Long.toString(now.orders()),
                    Long.toString(before.orders()),
                    null));
            rows.add(ReviewLine.of(
                    "net" + currency,
                    "  net, " + currency,
                    Money.format(now.net(), c),
                    Money.format(before.net(), c),
                    null));
            rows.add(ReviewLine.of(
                    "tax" + currency,
                    "  VAT, " + currency,
                    Money.format(now.tax(), c),
                    Money.format(before.tax(), c),
                    null));
            rows.add(ReviewLine.of(
                    "gross" + currency,
                    "  gross, " + currency,
                    Money.format(now.gross(), c),
                    Money.format(before.gross(), c),
                    null));
        }
        if (rows.isEmpty()) {
            rows.add(ReviewLine.of("ordersNone", "Orders that stand", "0", "0", null));
        }
        return rows;
    }

    public static List<ReviewLine> quality(ReviewReport report) {
        QualityFigures now = report.current().quality();
        QualityFigures before = report.previous().quality();
        long n = report.current().orders();
        long b = report.previous().orders();
        List<ReviewLine> rows = new ArrayList<>();
        rows.add(ReviewLine.of(
                "flagged",
                "Orders flagged",
                count(now.flaggedOrders(), n),
                count(before.flaggedOrders(), b),
                "&flag=ANY"));
        for (FlagType type : FlagType.values()) {
            long fn = now.flaggedBy().getOrDefault(type, 0L);
            long fb = before.flaggedBy().getOrDefault(type, 0L);
            if (fn > 0 || fb > 0) {
                rows.add(ReviewLine.of(
                        "flag" + type.name(),
                        "  flagged: " + type.getLabel(),
                        count(fn, n),
                        count(fb, b),
                        "&flag=" + type.name()));
            }
        }
        rows.add(ReviewLine.of(
                "doubleCheckApproved",
                "Double-checks approved",
                Long.toString(now.doubleChecksApproved()),
                Long.toString(before.doubleChecksApproved()),
                fact(OrderFact.Kind.DOUBLE_CHECKED)));
        rows.add(ReviewLine.of(
                "doubleCheckCancelled",
                "Cancelled before the double-check",
                Long.toString(now.doubleChecksCancelled()),
                Long.toString(before.doubleChecksCancelled()),
                fact(OrderFact.Kind.CANCELLED_BEFORE_DOUBLE_CHECK)));
        rows.add(ReviewLine.of(
                "doubleCheckWaiting",
                "Still waiting for a double-check",
                Long.toString(now.doubleChecksWaiting()),
                Long.toString(before.doubleChecksWaiting()),
                "&status=AWAITING_APPROVAL"));
        rows.add(ReviewLine.of(
                "amendments",
                "Amendments per 100 orders",
                per100(now.amendments(), n),
                per100(before.amendments(), b),
                fact(OrderFact.Kind.AMENDED)));
        for (AmendmentOrigin origin : AmendmentOrigin.values()) {
            rows.add(ReviewLine.of(
                    "amended" + origin.name(),
                    "  amendments: " + origin.getLabel().toLowerCase(java.util.Locale.ROOT),
                    per100(now.amendments(origin), n) + " ("
                            + orders(now.ordersAmendedFor().getOrDefault(origin, 0L)) + ")",
                    per100(before.amendments(origin), b) + " ("
                            + orders(before.ordersAmendedFor().getOrDefault(origin, 0L)) + ")",
                    "&amended=" + origin.name()));
        }
        for (AmendmentReason reason : AmendmentReason.values()) {
            long an = now.amendmentsBy().getOrDefault(reason, 0L);
            long ab = before.amendmentsBy().getOrDefault(reason, 0L);
            if (an > 0 || ab > 0) {
                rows.add(ReviewLine.of(
                        "reason" + reason.name(),
                        "    " + reason.getLabel(),
                        per100(an, n),
                        per100(ab, b),
                        fact(OrderFact.Kind.REASON, reason)));
            }
        }
        rows.add(ReviewLine.of(
                "confirmationsFailed",
                "Orders whose confirmation failed",
                Long.toString(now.confirmationsFailed()),
                Long.toString(before.confirmationsFailed()),
                null));
        rows.add(ReviewLine.of(
                "confirmationsRetried",
                "Orders whose confirmation needed another try",
                Long.toString(now.confirmationsRetried()),
                Long.toString(before.confirmationsRetried()),
                null));
        rows.add(ReviewLine.of(
                "erpRefused",
                "ERP documents refused",
                Long.toString(now.erpRefused()),
                Long.toString(before.erpRefused()),
                null));
        for (var reason : now.erpRefusedBy().entrySet()) {
            rows.add(ReviewLine.of(
                    "erp" + rows.size(),
                    "    " + reason.getKey(),
                    Long.toString(reason.getValue()),
                    Long.toString(before.erpRefusedBy().getOrDefault(reason.getKey(), 0L)),
                    null));
        }
        return rows;
    }

    /** The promises and the special requests, each a line of this period and the previous. */
    public static List<ReviewLine> promisesAndRequests(ReviewReport report) {
        PromiseFigures pn = report.current().promises();
        PromiseFigures pb = report.previous().promises();
        RequestFigures rn = report.current().requests();
        RequestFigures rb = report.previous().requests();
        List<ReviewLine> rows = new ArrayList<>();
        rows.add(ReviewLine.of(
                "promisesKept", "Dispatched or ready by the first promised date", kept(pn), kept(pb), null));
        rows.add(
                ReviewLine.of("promisesLate", "Later than promised: median, most days late", late(pn), late(pb), null));
        rows.add(ReviewLine.of(
                "requests",
                "Special requests",
                Long.toString(rn.requests()),
                Long.toString(rb.requests()),
                fact(OrderFact.Kind.REQUEST)));
        for (SpecialRequestType type : SpecialRequestType.values()) {
            long tn = rn.byType().getOrDefault(type, 0L);
            long tb = rb.byType().getOrDefault(type, 0L);
            if (tn > 0 || tb > 0) {
                rows.add(ReviewLine.of(
                        "requestType" + type.name(),
                        "  " + type.getLabel(),
                        Long.toString(tn),
                        Long.toString(tb),
                        fact(OrderFact.Kind.REQUEST_TYPE, type)));
            }
        }
        for (RequestDecision outcome : RequestDecision.values()) {
            long on = rn.byOutcome().getOrDefault(outcome, 0L);
            long ob = rb.byOutcome().getOrDefault(outcome, 0L);
            if (on > 0 || ob > 0) {
                rows.add(ReviewLine.of(
                        "requestOutcome" + outcome.name(),
                        "  " + outcome.getLabel(),
                        Long.toString(on),
                        Long.toString(ob),
                        fact(OrderFact.Kind.REQUEST_OUTCOME, outcome)));
            }
        }
        rows.add(ReviewLine.of(
                "timeToDecide",
                "Time to decide: median, 90th percentile",
                times(rn.timeToDecide()),
                times(rb.timeToDecide()),
                fact(OrderFact.Kind.REQUEST_DECIDED)));
        rows.add(ReviewLine.of(
                "escalated",
                "Escalated to a manager",
                Long.toString(rn.escalated()),
                Long.toString(rb.escalated()),
                fact(OrderFact.Kind.REQUEST_ESCALATED)));
        return rows;
    }

    /** "Confirmed → dispatched or picked up (median 23 h 00 min)", or that no order reached the end of a stage. */
    public static String bottleneck(ReviewReport report) {
        return report.current()
                .bottleneck()
                .map(stage -> stage.getLabel() + " (median "
                        + hours(report.current().stage(stage).median()) + ")")
                .orElse("No order of the period went through a stage yet.");
    }

    /** The order list's filter to the orders behind a figure. */
    private static String fact(OrderFact.Kind kind) {
        return "&fact=" + OrderFact.of(kind);
    }

    private static String fact(OrderFact.Kind kind, Enum<?> value) {
        return "&fact=" + OrderFact.of(kind, value);
    }

    /** "1 order", "3 orders". */
    private static String orders(long orders) {
        return orders + (orders == 1 ? " order" : " orders");
    }

    private static String count(long count, long orders) {
        return count + " (" + QualityFigures.per100(count, orders) + " %)";
    }

    private static String per100(long count, long orders) {
        return Double.toString(QualityFigures.per100(count, orders));
    }

    private static String kept(PromiseFigures p) {
        return p.ready() == 0 ? "-" : p.onTime() + " of " + p.ready() + " (" + p.onTimePercent() + " %)";
    }

    private static String late(PromiseFigures p) {
        return p.late() == 0 ? "none" : p.late() + " orders: " + p.medianDaysLate() + ", " + p.mostDaysLate() + " days";
    }

    private static String times(StageTime t) {
        return t.orders() == 0 ? "-" : hours(t.median()) + ", " + hours(t.p90());
    }

    /** "2 h 05 min", "45 min 10 s", or "-" when no order reached the stage. */
    public static String hours(java.time.Duration d) {
        if (d == null) {
            return "-";
        }
        long s = d.toSeconds();
        if (s >= 3600) {
            return String.format("%d h %02d min", s / 3600, (s % 3600) / 60);
        }
        if (s >= 60) {
            return String.format("%d min %02d s", s / 60, s % 60);
        }
        return s + " s";
    }
}
