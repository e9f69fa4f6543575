package io.ordertrail.review.infrastructure;

import io.ordertrail.orders.domain.Channel;
import io.ordertrail.review.domain.PeriodFigures;
import io.ordertrail.review.domain.ReviewLine;
import io.ordertrail.review.domain.ReviewReport;
import io.ordertrail.review.domain.Stage;
import io.ordertrail.review.domain.StageTime;
import java.util.TreeSet;

/** The review as plain text, for the PDF report and the mail it goes out with: each figure next to the previous. */
public final class ReviewText {

    private ReviewText() {}

    public static String title(ReviewReport report) {
        return "Order desk review: " + report.period().label();
    }

    public static String of(ReviewReport report) {
        PeriodFigures now = report.current();
        PeriodFigures before = report.previous();
        StringBuilder text = new StringBuilder();
        text.append("Orders received ")
                .append(now.period().first())
                .append(" to ")
                .append(now.period().last())
                .append(", set against ")
                .append(before.period().label())
                .append(" (")
                .append(before.period().first())
                .append(" to ")
                .append(before.period().last())
                .append(").\n\n");

        text.append("VOLUME (this period / previous period)\n");
        text.append(String.format("  %-24s %8d / %d%n", "All channels", now.orders(), before.orders()));
        for (Channel channel : Channel.values()) {
            text.append(String.format(
                    "  %-24s %8d / %d%n", channel.getLabel(), now.ordersBy(channel), before.ordersBy(channel)));
        }
        text.append("\nBY STAFF MEMBER (this period / previous period)\n");
        TreeSet<String> people = new TreeSet<>(now.byStaff().keySet());
        people.addAll(before.byStaff().keySet());
        if (people.isEmpty()) {
            text.append("  No orders.\n");
        }
        for (String person : people) {
            text.append(String.format(
                    "  %-24s %8d / %d%n", person, now.ordersTakenBy(person), before.ordersTakenBy(person)));
        }
        text.append("\nSTAGE TIMES, all channels (orders, median, 90th percentile; previous period after the slash)\n");
        for (Stage stage : Stage.values()) {
            StageTime n = now.stage(stage);
            StageTime b = before.stage(stage);
            text.append("  ")
                    .append(stage.getLabel().replace("→", "to")) // the PDF's standard fonts have no arrow
                    .append(": ")
                    .append(n.orders())
                    .append(" orders, median ")
                    .append(ReviewLine.hours(n.median()))
                    .append(", 90th percentile ")
                    .append(ReviewLine.hours(n.p90()))
                    .append(" / ")
                    .append(b.orders())
                    .append(" orders, median ")
                    .append(ReviewLine.hours(b.median()))
                    .append(", 90th percentile ")
                    .append(ReviewLine.hours(b.p90()))
                    .append('\n');
        }
        text.append("\nBOTTLENECK: ")
                .append(ReviewLine.bottleneck(report).replace("→", "to"))
                .append('\n');
        lines(text, "ORDER VALUE, orders that stand (this period / previous period)", ReviewLine.values(report));
        lines(text, "QUALITY (this period / previous period)", ReviewLine.quality(report));
        lines(
                text,
                "PROMISES AND SPECIAL REQUESTS (this period / previous period)",
                ReviewLine.promisesAndRequests(report));
        return text.toString();
    }

    private static void lines(StringBuilder text, String heading, java.util.List<ReviewLine> lines) {
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
