package io.ordertrail.review.web;

import io.ordertrail.orders.domain.Channel;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.Jsons;
import io.ordertrail.platform.i18n.Phrase;
import io.ordertrail.platform.i18n.Texts;
import io.ordertrail.platform.web.Messages;
import io.ordertrail.platform.web.PageLanguage;
import io.ordertrail.review.application.Feedback;
import io.ordertrail.review.application.ReviewFigures;
import io.ordertrail.review.application.ReviewReports;
import io.ordertrail.review.domain.KeptReport;
import io.ordertrail.review.domain.PeriodFigures;
import io.ordertrail.review.domain.ReviewLine;
import io.ordertrail.review.domain.ReviewPeriod;
import io.ordertrail.review.domain.ReviewReport;
import io.ordertrail.review.domain.StaffSuggestion;
import io.ordertrail.review.domain.Stage;
import io.ordertrail.review.domain.StageTime;
import io.ordertrail.review.domain.Trend;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The manager's review dashboard: the figures of a chosen period next to the previous period's, as charts and
 * tables, each figure linking to the orders behind it, and the same as a workbook or a PDF report.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String THIS_PERIOD = "#2563eb";
    private static final String PREVIOUS_PERIOD = "#9ca3af";

    @Inject
    ReviewFigures figures;

    @Inject
    BusinessClock clock;

    @Inject
    ReviewReports reports;

    @Inject
    Feedback feedback;

    private Feedback.Ratings ratings;
    private Feedback.Ratings previousRatings;
    private List<StaffSuggestion> suggestions;

    private List<KeptReport> kept;

    private String period;
    private LocalDate day;
    private LocalDate first;
    private LocalDate last;
    private ReviewReport report;

    /** Reads the period from the page's address (last month when none), and adds it up. */
    public void load() {
        ReviewPeriod chosen;
        try {
            chosen = ReviewPeriod.parse(period, text(day), text(first), text(last), clock.today());
        } catch (IllegalArgumentException wrong) {
            Messages.error(null, texts().get("dashboard.lastMonthShown", ReviewPeriod.Unreadable.said(wrong, texts())));
            chosen = ReviewPeriod.parse(null, null, null, null, clock.today());
        }
        period = chosen.kind().name();
        day = chosen.first();
        first = chosen.first();
        last = chosen.last();
        report = figures.report(chosen);
    }

    /** The period chosen in the form, shown through the page's address so it can be bookmarked. */
    public String show() {
        return "/review/dashboard?faces-redirect=true&includeViewParams=true";
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** The customers' ratings received in the period. */
    public Feedback.Ratings getRatings() {
        if (ratings == null) {
            ratings = feedback.ratings(report.period());
        }
        return ratings;
    }

    public Feedback.Ratings getPreviousRatings() {
        if (previousRatings == null) {
            previousRatings = feedback.ratings(report.previous().period());
        }
        return previousRatings;
    }

    /** The staff's suggestions of the period. */
    public List<StaffSuggestion> getSuggestions() {
        if (suggestions == null) {
            suggestions = feedback.suggestions(report.period());
        }
        return suggestions;
    }

    /** The reports made and mailed on schedule, the newest period first. */
    public List<KeptReport> getKept() {
        if (kept == null) {
            kept = reports.kept();
        }
        return kept;
    }

    public ReviewReport getReport() {
        return report;
    }

    public String getTitle() {
        Texts texts = texts();
        return texts.get(
                "review.against",
                report.period().label(texts),
                report.previous().period().label(texts));
    }

    /** The texts of the page's language. */
    private static Texts texts() {
        return PageLanguage.texts();
    }

    /** Where the orders of the period are listed, narrowed by the extra filter ("&channel=PHONE"). */
    public String ordersLink(String filter) {
        return "/orders/list.xhtml?from=" + report.period().first() + "&to="
                + report.period().last() + (filter == null ? "" : filter);
    }

    public String download(String kind) {
        ReviewPeriod p = report.period();
        return "/review/report." + kind + "?period=" + p.kind() + "&day=" + p.first()
                + (p.kind() == ReviewPeriod.Kind.CUSTOM ? "&first=" + p.first() + "&last=" + p.last() : "");
    }

    public List<VolumeRow> getVolume() {
        List<VolumeRow> rows = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            rows.add(new VolumeRow(
                    channel.name().toLowerCase(java.util.Locale.ROOT),
                    texts().get(Phrase.labelKey(channel)),
                    report.current().ordersBy(channel),
                    report.previous().ordersBy(channel),
                    ordersLink("&channel=" + channel.name())));
        }
        rows.add(new VolumeRow(
                "all",
                texts().get("review.allChannels"),
                report.current().orders(),
                report.previous().orders(),
                ordersLink(null)));
        return rows;
    }

    public List<VolumeRow> getStaff() {
        TreeSet<String> people = new TreeSet<>(report.current().byStaff().keySet());
        people.addAll(report.previous().byStaff().keySet());
        List<VolumeRow> rows = new ArrayList<>();
        int i = 0;
        for (String person : people) {
            rows.add(new VolumeRow(
                    "staff" + i++,
                    person,
                    report.current().ordersTakenBy(person),
                    report.previous().ordersTakenBy(person),
                    ordersLink("&by=" + URLEncoder.encode(person, StandardCharsets.UTF_8))));
        }
        return rows;
    }

    public List<StageRow> getStages() {
        List<StageRow> rows = new ArrayList<>();
        PeriodFigures now = report.current();
        PeriodFigures before = report.previous();
        Texts texts = texts();
        for (Stage stage : Stage.values()) {
            String reached = "&fact=" + stage.reachedItsEnd();
            rows.add(new StageRow(
                    texts.get(Phrase.labelKey(stage)),
                    texts.get("review.allChannels"),
                    now.stage(stage),
                    before.stage(stage),
                    ordersLink(reached)));
            for (Channel channel : Channel.values()) {
                StageTime n = now.stage(stage, channel);
                StageTime b = before.stage(stage, channel);
                if (n.orders() > 0 || b.orders() > 0) {
                    rows.add(new StageRow(
                            "",
                            texts.get(Phrase.labelKey(channel)),
                            n,
                            b,
                            ordersLink(reached + "&channel=" + channel.name())));
                }
            }
        }
        return rows;
    }

    public List<FigureRow> getValues() {
        return rows(ReviewLine.values(report, texts()));
    }

    public List<FigureRow> getQuality() {
        return rows(ReviewLine.quality(report, texts()));
    }

    public List<FigureRow> getPromisesAndRequests() {
        return rows(ReviewLine.promisesAndRequests(report, texts()));
    }

    public String getBottleneck() {
        return ReviewLine.bottleneck(report, texts());
    }

    private List<FigureRow> rows(List<ReviewLine> lines) {
        return lines.stream()
                .map(l -> new FigureRow(
                        l.id(), l.label(), l.now(), l.before(), l.filter() == null ? null : ordersLink(l.filter())))
                .toList();
    }

    /** Orders by channel, this period's bars next to the previous period's (Chart.js through p:chart). */
    public String getVolumeChart() {
        JsonArrayBuilder labels = Jsons.array();
        JsonArrayBuilder now = Jsons.array();
        JsonArrayBuilder before = Jsons.array();
        for (Channel channel : Channel.values()) {
            labels.add(texts().get(Phrase.labelKey(channel)));
            now.add(report.current().ordersBy(channel));
            before.add(report.previous().ordersBy(channel));
        }
        return chart("bar", labels, now, before, texts().get("review.orders"), 0)
                .toString();
    }

    /**
     * Orders received per day (per week over a quarter or a longer period) as a line, the previous period's line
     * under it point for point; a point the previous period has not (a shorter month), or one still to come, is left
     * out of its line.
     */
    public String getTrendChart() {
        List<Trend.Point> points = report.current().trend().points();
        List<Trend.Point> earlier = report.previous().trend().points();
        boolean daily = report.current().trend().daysPerPoint() == 1;
        LocalDate today = clock.today();
        Texts texts = texts();
        java.time.format.DateTimeFormatter day = texts.formatter("review.chart.day");
        JsonArrayBuilder labels = Jsons.array();
        JsonArrayBuilder now = Jsons.array();
        JsonArrayBuilder before = Jsons.array();
        for (int i = 0; i < points.size(); i++) {
            Trend.Point point = points.get(i);
            labels.add(
                    daily
                            ? point.first().format(day)
                            : texts.get("review.chart.from", point.first().format(day)));
            if (point.first().isAfter(today)) {
                now.addNull(); // a day still to come is not a day without orders
            } else {
                now.add(point.orders());
            }
            if (i < earlier.size()) {
                before.add(earlier.get(i).orders());
            } else {
                before.addNull();
            }
        }
        return chart("line", labels, now, before, texts.get(daily ? "review.chart.perDay" : "review.chart.perWeek"), 0)
                .toString();
    }

    /** Each stage's median in hours, this period next to the previous. */
    public String getStageChart() {
        JsonArrayBuilder labels = Jsons.array();
        JsonArrayBuilder now = Jsons.array();
        JsonArrayBuilder before = Jsons.array();
        for (Stage stage : Stage.values()) {
            labels.add(texts().get(Phrase.labelKey(stage)));
            now.add(hours(report.current().stage(stage).median()));
            before.add(hours(report.previous().stage(stage).median()));
        }
        return chart("bar", labels, now, before, texts().get("review.chart.medianHours"), 2)
                .toString();
    }

    /** A Chart.js chart of this period's values and the previous period's, as bars or lines. */
    private jakarta.json.JsonObject chart(
            String type,
            JsonArrayBuilder labels,
            JsonArrayBuilder now,
            JsonArrayBuilder before,
            String axis,
            int precision) {
        JsonArrayBuilder datasets = Jsons.array()
                .add(dataset(type, report.period().label(texts()), now, THIS_PERIOD))
                .add(dataset(type, report.previous().period().label(texts()), before, PREVIOUS_PERIOD));
        return Jsons.object()
                .add("type", type)
                .add("data", Jsons.object().add("labels", labels).add("datasets", datasets))
                .add("options", chartOptions(axis, precision))
                .build();
    }

    /** Chart.js options: sized by its box, the y axis from 0 and titled. */
    private static jakarta.json.JsonObjectBuilder chartOptions(String axis, int precision) {
        return Jsons.object()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add(
                        "scales",
                        Jsons.object()
                                .add(
                                        "y",
                                        Jsons.object()
                                                .add("beginAtZero", true)
                                                .add("ticks", Jsons.object().add("precision", precision))
                                                .add(
                                                        "title",
                                                        Jsons.object()
                                                                .add("display", true)
                                                                .add("text", axis))));
    }

    private static jakarta.json.JsonObjectBuilder dataset(
            String type, String label, JsonArrayBuilder data, String colour) {
        jakarta.json.JsonObjectBuilder dataset =
                Jsons.object().add("label", label).add("data", data).add("backgroundColor", colour);
        return "line".equals(type)
                ? dataset.add("borderColor", colour).add("cubicInterpolationMode", "monotone")
                : dataset;
    }

    private static double hours(Duration d) {
        return d == null ? 0 : Math.round(d.toSeconds() / 36.0) / 100.0;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public LocalDate getFirst() {
        return first;
    }

    public void setFirst(LocalDate first) {
        this.first = first;
    }

    public LocalDate getLast() {
        return last;
    }

    public void setLast(LocalDate last) {
        this.last = last;
    }

    public ReviewPeriod.Kind[] getKinds() {
        return ReviewPeriod.Kind.values();
    }

    /** One line of volume: a channel or a person, this period and the previous, and the orders behind it. */
    public record VolumeRow(String id, String label, long now, long before, String link) implements Serializable {
        public String getId() {
            return id;
        }

        public String getLabel() {
            return label;
        }

        public long getNow() {
            return now;
        }

        public long getBefore() {
            return before;
        }

        public String getLink() {
            return link;
        }

        /** "+3", "−2" or "±0". */
        public String getChange() {
            long d = now - before;
            return d > 0 ? "+" + d : d < 0 ? "−" + (-d) : "±0";
        }
    }

    /** One figure: this period, the previous period, and where the orders behind it are listed (or null). */
    public record FigureRow(String id, String label, String now, String before, String link) implements Serializable {
        public String getId() {
            return id;
        }

        public String getLabel() {
            return label;
        }

        public String getNow() {
            return now;
        }

        public String getBefore() {
            return before;
        }

        public String getLink() {
            return link;
        }
    }

    /** One line of stage times. */
    public record StageRow(String stage, String channel, StageTime now, StageTime before, String link)
            implements Serializable {
        public String getStage() {
            return stage;
        }

        public String getChannel() {
            return channel;
        }

        public long getOrders() {
            return now.orders();
        }

        public String getMedian() {
            return ReviewLine.hours(now.median());
        }

        public String getP90() {
            return ReviewLine.hours(now.p90());
        }

        public long getPreviousOrders() {
            return before.orders();
        }

        public String getPreviousMedian() {
            return ReviewLine.hours(before.median());
        }

        public String getPreviousP90() {
            return ReviewLine.hours(before.p90());
        }

        public String getLink() {
            return link;
        }
    }
}
