package io.ordertrail.review.domain;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;

/**
 * When the review report of a period goes out: on the first day of the next period at a time of day (business
 * zone), the report of the month by default. {@code NEVER} sends none.
 */
public record ReportSchedule(Optional<ReviewPeriod.Kind> every, LocalTime at) {

    public static ReportSchedule parse(String every, String at) {
        Optional<ReviewPeriod.Kind> kind;
        String e = every == null ? "MONTH" : every.trim().toUpperCase(Locale.ROOT);
        switch (e) {
            case "NEVER" -> kind = Optional.empty();
            case "WEEK", "MONTH", "QUARTER" -> kind = Optional.of(ReviewPeriod.Kind.valueOf(e));
            default ->
                throw new IllegalArgumentException(
                        "ordertrail.review.report-every is \"" + every + "\": give WEEK, MONTH, QUARTER or NEVER.");
        }
        try {
            return new ReportSchedule(kind, LocalTime.parse(at == null ? "06:00" : at.trim()));
        } catch (java.time.format.DateTimeParseException ex) {
            throw new IllegalArgumentException(
                    "ordertrail.review.report-at is \"" + at + "\": give a time of day such as 06:00.", ex);
        }
    }

    /** The latest period whose report is due by {@code now}; none when reports are not sent. */
    public Optional<ReviewPeriod> lastDue(LocalDateTime now) {
        return every.map(kind -> {
            ReviewPeriod current =
                    ReviewPeriod.parse(kind.name(), now.toLocalDate().toString(), null, null, null);
            ReviewPeriod last = current.previous();
            return now.isBefore(current.first().atTime(at)) ? last.previous() : last;
        });
    }
}
