package io.ordertrail.review.domain;

import io.ordertrail.orders.domain.AmendmentOrigin;
import io.ordertrail.orders.domain.AmendmentReason;
import io.ordertrail.orders.domain.FlagType;
import io.ordertrail.orders.domain.OrderFact;
import io.ordertrail.orders.domain.RequestDecision;
import io.ordertrail.orders.domain.SpecialRequestType;
import io.ordertrail.platform.i18n.Phrase;
import io.ordertrail.platform.i18n.Texts;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The review's figures as lines of text in the reader's language, this period next to the previous, for the
 * dashboard, the workbook and the PDF alike. {@code filter}: what narrows the order list of the period to the orders
 * behind the figure ({@code "&amended=OUR_ERROR"}), null where the list cannot show exactly those.
 */
public record ReviewLine(String id, String label, String now, String before, String filter) implements Serializable {

    static ReviewLine of(String id, String label, String now, String before, String filter) {
        return new ReviewLine(id, label, now, before, filter);
    }

    /**
     * What the orders that stand are worth, per currency: net, VAT and gross, this period against the previous one.
     * Each currency apart, never converted.
     */
    public static List<ReviewLine> values(ReviewReport report, Texts texts) {
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
                    texts.get("review.line.orders", currency),
                    texts.number(now.orders()),
                    texts.number(before.orders()),
                    null));
            rows.add(ReviewLine.of(
                    "net" + currency,
                    "  " + texts.get("review.line.net", currency),
                    texts.amount(now.net(), c),
                    texts.amount(before.net(), c),
                    null));
            rows.add(ReviewLine.of(
                    "tax" + currency,
                    "  " + texts.get("review.line.tax", currency),
                    texts.amount(now.tax(), c),
                    texts.amount(before.tax(), c),
                    null));
            rows.add(ReviewLine.of(
                    "gross" + currency,
                    "  " + texts.get("review.line.gross", currency),
                    texts.amount(now.gross(), c),
                    texts.amount(before.gross(), c),
                    null));
        }
        if (rows.isEmpty()) {
            rows.add(ReviewLine.of("ordersNone", texts.get("review.line.ordersNone"), "0", "0", null));
        }
        return rows;
    }

    /**
     * The quality figures, each a line of this period and the previous, with the order list's filter of the orders
     * behind it where the list can show exactly those.
     */
    public static List<ReviewLine> quality(ReviewReport report, Texts texts) {
        QualityFigures now = report.current().quality();
        QualityFigures before = report.previous().quality();
        long n = report.current().orders();
        long b = report.previous().orders();
        List<ReviewLine> rows = new ArrayList<>();
        rows.add(ReviewLine.of(
                "flagged",
                texts.get("review.line.flagged"),
                count(now.flaggedOrders(), n, texts),
                count(before.flaggedOrders(), b, texts),
                "&flag=ANY"));
        for (FlagType type : FlagType.values()) {
            long fn = now.flaggedBy().getOrDefault(type, 0L);
            long fb = before.flaggedBy().getOrDefault(type, 0L);
            if (fn > 0 || fb > 0) {
                rows.add(ReviewLine.of(
                        "flag" + type.name(),
                        "  " + texts.get("review.line.flaggedBy", texts.labelInSentence(type)),
                        count(fn, n, texts),
                        count(fb, b, texts),
                        "&flag=" + type.name()));
            }
        }
        rows.add(ReviewLine.of(
                "doubleCheckApproved",
                texts.get("review.line.doubleCheckApproved"),
                texts.number(now.doubleChecksApproved()),
                texts.number(before.doubleChecksApproved()),
                fact(OrderFact.Kind.DOUBLE_CHECKED)));
        rows.add(ReviewLine.of(
                "doubleCheckCancelled",
                texts.get("review.line.doubleCheckCancelled"),
                texts.number(now.doubleChecksCancelled()),
                texts.number(before.doubleChecksCancelled()),
                fact(OrderFact.Kind.CANCELLED_BEFORE_DOUBLE_CHECK)));
        rows.add(ReviewLine.of(
                "doubleCheckWaiting",
                texts.get("review.line.doubleCheckWaiting"),
                texts.number(now.doubleChecksWaiting()),
                texts.number(before.doubleChecksWaiting()),
                "&status=AWAITING_APPROVAL"));
        rows.add(ReviewLine.of(
                "amendments",
                texts.get("review.line.amendments"),
                per100(now.amendments(), n, texts),
                per100(before.amendments(), b, texts),
                fact(OrderFact.Kind.AMENDED)));
        for (AmendmentOrigin origin : AmendmentOrigin.values()) {
            rows.add(ReviewLine.of(
                    "amended" + origin.name(),
                    "  " + texts.get("review.line.amendedFor", texts.labelInSentence(origin)),
                    texts.get(
                            "review.value.per100Orders",
                            per100(now.amendments(origin), n, texts),
                            now.ordersAmendedFor().getOrDefault(origin, 0L)),
                    texts.get(
                            "review.value.per100Orders",
                            per100(before.amendments(origin), b, texts),
                            before.ordersAmendedFor().getOrDefault(origin, 0L)),
                    "&amended=" + origin.name()));
        }
        for (AmendmentReason reason : AmendmentReason.values()) {
            long an = now.amendmentsBy().getOrDefault(reason, 0L);
            long ab = before.amendmentsBy().getOrDefault(reason, 0L);
            if (an > 0 || ab > 0) {
                rows.add(ReviewLine.of(
                        "reason" + reason.name(),
                        "    " + texts.get(Phrase.labelKey(reason)),
                        per100(an, n, texts),
                        per100(ab, b, texts),
                        fact(OrderFact.Kind.REASON, reason)));
            }
        }
        rows.add(ReviewLine.of(
                "confirmationsFailed",
                texts.get("review.line.confirmationsFailed"),
                texts.number(now.confirmationsFailed()),
                texts.number(before.confirmationsFailed()),
                null));
        rows.add(ReviewLine.of(
                "confirmationsRetried",
                texts.get("review.line.confirmationsRetried"),
                texts.number(now.confirmationsRetried()),
                texts.number(before.confirmationsRetried()),
                null));
        rows.add(ReviewLine.of(
                "erpRefused",
                texts.get("review.line.erpRefused"),
                texts.number(now.erpRefused()),
                texts.number(before.erpRefused()),
                null));
        for (var reason : now.erpRefusedBy().entrySet()) {
            rows.add(ReviewLine.of(
                    "erp" + rows.size(),
                    "    "
                            + (reason.getKey().equals(QualityFigures.OTHER_ERP_REASONS)
                                    ? texts.get("review.line.otherReasons")
                                    : reason.getKey()), // the refusal's reason as the ERP partner was told it
                    texts.number(reason.getValue()),
                    texts.number(before.erpRefusedBy().getOrDefault(reason.getKey(), 0L)),
                    null));
        }
        return rows;
    }

    /** The promises and the special requests, each a line of this period and the previous. */
    public static List<ReviewLine> promisesAndRequests(ReviewReport report, Texts texts) {
        PromiseFigures pn = report.current().promises();
        PromiseFigures pb = report.previous().promises();
        RequestFigures rn = report.current().requests();
        RequestFigures rb = report.previous().requests();
        List<ReviewLine> rows = new ArrayList<>();
        rows.add(ReviewLine.of(
                "promisesKept", texts.get("review.line.promisesKept"), kept(pn, texts), kept(pb, texts), null));
        rows.add(ReviewLine.of(
                "promisesLate", texts.get("review.line.promisesLate"), late(pn, texts), late(pb, texts), null));
        rows.add(ReviewLine.of(
                "requests",
                texts.get("review.line.requests"),
                texts.number(rn.requests()),
                texts.number(rb.requests()),
                fact(OrderFact.Kind.REQUEST)));
        for (SpecialRequestType type : SpecialRequestType.values()) {
            long tn = rn.byType().getOrDefault(type, 0L);
            long tb = rb.byType().getOrDefault(type, 0L);
            if (tn > 0 || tb > 0) {
                rows.add(ReviewLine.of(
                        "requestType" + type.name(),
                        "  " + texts.get(Phrase.labelKey(type)),
                        texts.number(tn),
                        texts.number(tb),
                        fact(OrderFact.Kind.REQUEST_TYPE, type)));
            }
        }
        for (RequestDecision outcome : RequestDecision.values()) {
            long on = rn.byOutcome().getOrDefault(outcome, 0L);
            long ob = rb.byOutcome().getOrDefault(outcome, 0L);
            if (on > 0 || ob > 0) {
                rows.add(ReviewLine.of(
                        "requestOutcome" + outcome.name(),
                        "  " + texts.get(Phrase.labelKey(outcome)),
                        texts.number(on),
                        texts.number(ob),
                        fact(OrderFact.Kind.REQUEST_OUTCOME, outcome)));
            }
        }
        rows.add(ReviewLine.of(
                "timeToDecide",
                texts.get("review.line.timeToDecide"),
                times(rn.timeToDecide(), texts),
                times(rb.timeToDecide(), texts),
                fact(OrderFact.Kind.REQUEST_DECIDED)));
        rows.add(ReviewLine.of(
                "escalated",
                texts.get("review.line.escalated"),
                texts.number(rn.escalated()),
                texts.number(rb.escalated()),
                fact(OrderFact.Kind.REQUEST_ESCALATED)));
        return rows;
    }

    /** "Confirmed → dispatched or picked up (median 23 h 00 min)", or that no order reached the end of a stage. */
    public static String bottleneck(ReviewReport report, Texts texts) {
        return report.current()
                .bottleneck()
                .map(stage -> texts.get(
                        "review.bottleneck",
                        texts.get(Phrase.labelKey(stage)),
                        hours(report.current().stage(stage).median())))
                .orElse(texts.get("review.bottleneck.none"));
    }

    /** The order list's filter to the orders behind a figure. */
    private static String fact(OrderFact.Kind kind) {
        return "&fact=" + OrderFact.of(kind);
    }

    private static String fact(OrderFact.Kind kind, Enum<?> value) {
        return "&fact=" + OrderFact.of(kind, value);
    }

    /** "3 (7.5 %)": a count and its share of the period's orders. */
    private static String count(long count, long orders, Texts texts) {
        return texts.get("review.value.share", texts.number(count), texts.number(QualityFigures.per100(count, orders)));
    }

    private static String per100(long count, long orders, Texts texts) {
        return texts.number(QualityFigures.per100(count, orders));
    }

    private static String kept(PromiseFigures p, Texts texts) {
        return p.ready() == 0
                ? "-"
                : texts.get("review.value.kept", p.onTime(), p.ready(), texts.number(p.onTimePercent()));
    }

    private static String late(PromiseFigures p, Texts texts) {
        return p.late() == 0
                ? texts.get("review.value.none")
                : texts.get("review.value.late", p.late(), p.medianDaysLate(), p.mostDaysLate());
    }

    private static String times(StageTime t, Texts texts) {
        return t.orders() == 0 ? "-" : texts.get("review.value.times", hours(t.median()), hours(t.p90()));
    }

    /**
     * "2 h 05 min", "45 min 10 s", or "-" when no order reached the stage: written with the units' symbols, the
     * same in every language.
     */
    public static String hours(java.time.Duration d) {
        if (d == null) {
            return "-";
        }
        long s = d.toSeconds();
        if (s >= 3600) {
            return String.format(java.util.Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
        }
        if (s >= 60) {
            return String.format(java.util.Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return s + " s";
    }
}
