package io.ordertrail.review.infrastructure;

import io.ordertrail.orders.domain.Channel;
import io.ordertrail.platform.i18n.Phrase;
import io.ordertrail.platform.i18n.Texts;
import io.ordertrail.review.domain.PeriodFigures;
import io.ordertrail.review.domain.ReviewLine;
import io.ordertrail.review.domain.ReviewPeriod;
import io.ordertrail.review.domain.ReviewReport;
import io.ordertrail.review.domain.Stage;
import io.ordertrail.review.domain.StageTime;
import java.util.List;
import java.util.TreeSet;

/**
 * The review as plain text in the reader's language, for the PDF report and the mail it goes out with: each figure
 * next to the previous.
 */
public final class ReviewText {

    private ReviewText() {}

    public static String title(ReviewReport report, Texts texts) {
        return title(report.period(), texts);
    }

    /** "Order desk review: March 2031", the report's title and its mail's subject. */
    public static String title(ReviewPeriod period, Texts texts) {
        return texts.get("review.report.title", period.label(texts));
    }

    /** The mail the report goes out with. */
    public static String mail(ReviewPeriod period, Texts texts) {
        return texts.get(
                        "review.report.mail",
                        period.label(texts),
                        ReviewPeriod.day(period.first(), texts),
                        ReviewPeriod.day(period.last(), texts))
                + "\n";
    }

    public static String of(ReviewReport report, Texts texts) {
        PeriodFigures now = report.current();
        PeriodFigures before = report.previous();
        String columns = texts.get("review.report.columns");
        StringBuilder text = new StringBuilder();
        text.append(texts.get(
                        "review.report.received",
                        ReviewPeriod.day(now.period().first(), texts),
                        ReviewPeriod.day(now.period().last(), texts),
                        before.period().label(texts),
                        ReviewPeriod.day(before.period().first(), texts),
                        ReviewPeriod.day(before.period().last(), texts)))
                .append("\n\n");

        text.append(heading("dashboard.volume", texts))
                .append(' ')
                .append(columns)
                .append('\n');
        figure(text, texts.get("review.allChannels"), now.orders(), before.orders(), texts);
        for (Channel channel : Channel.values()) {
            figure(text, texts.get(Phrase.labelKey(channel)), now.ordersBy(channel), before.ordersBy(channel), texts);
        }
        text.append('\n')
                .append(heading("dashboard.byStaff", texts))
                .append(' ')
                .append(columns)
                .append('\n');
        TreeSet<String> people = new TreeSet<>(now.byStaff().keySet());
        people.addAll(before.byStaff().keySet());
        if (people.isEmpty()) {
            text.append("  ").append(texts.get("review.report.noOrders")).append('\n');
        }
        for (String person : people) {
            figure(text, person, now.ordersTakenBy(person), before.ordersTakenBy(person), texts);
        }
        text.append('\n').append(texts.get("review.report.stages")).append('\n');
        for (Stage stage : Stage.values()) {
            text.append("  ")
                    .append(withoutArrow(texts.get(Phrase.labelKey(stage)), texts))
                    .append(": ")
                    .append(stageTimes(now.stage(stage), texts))
                    .append(" / ")
                    .append(stageTimes(before.stage(stage), texts))
                    .append('\n');
        }
        text.append('\n')
                .append(heading("dashboard.bottleneck", texts))
                .append(' ')
                .append(withoutArrow(ReviewLine.bottleneck(report, texts), texts))
                .append('\n');
        lines(
                text,
                heading("dashboard.values", texts) + ", " + texts.get("review.report.valuesNote") + " " + columns,
                ReviewLine.values(report, texts));
        lines(text, heading("dashboard.quality", texts) + " " + columns, ReviewLine.quality(report, texts));
        lines(
                text,
                heading("dashboard.promises", texts) + " " + columns,
                ReviewLine.promisesAndRequests(report, texts));
        return text.toString();
    }

    /** A part's heading in capitals, as the report sets them apart: "VOLUME", "MENGE". */
    private static String heading(String key, Texts texts) {
        return texts.get(key).toUpperCase(texts.locale());
    }

    private static void figure(StringBuilder text, String label, long now, long before, Texts texts) {
        text.append(
                String.format(texts.locale(), "  %-24s %8s / %s%n", label, texts.number(now), texts.number(before)));
    }

    private static String stageTimes(StageTime time, Texts texts) {
        return texts.get(
                "review.report.stage", time.orders(), ReviewLine.hours(time.median()), ReviewLine.hours(time.p90()));
    }

    /** The PDF's standard fonts have no arrow: "Received to recorded", "Eingegangen bis erfasst". */
    private static String withoutArrow(String label, Texts texts) {
        return label.replace("→", texts.get("review.report.arrow"));
    }

    private static void lines(StringBuilder text, String heading, List<ReviewLine> lines) {
        text.append('\n').append(heading).append('\n');
        for (ReviewLine line : lines) {
            text.append("  ")
                    .append(line.label().strip())
                    .append(": ")
                    .append(line.now())
                    .append(" / ")
                    .append(line.before())
                    .append('\n');
        }
    }
}
