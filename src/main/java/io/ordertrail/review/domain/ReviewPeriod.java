package io.ordertrail.review.domain;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;

/**
 * The days a periodic review looks at, first to last (both included, in the business zone), and the period before it
 * that each figure is set against: the week, month or quarter before, or as many days before a custom period.
 */
public record ReviewPeriod(Kind kind, LocalDate first, LocalDate last) implements Serializable {

    /** The longest custom period: two years, the longest that orders are kept by default. */
    public static final int MAX_DAYS = 731;

    public enum Kind {
        WEEK,
        MONTH,
        QUARTER,
        CUSTOM
    }

    public ReviewPeriod {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(first);
        Objects.requireNonNull(last);
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("The period ends (" + last + ") before it starts (" + first
                    + "): choose an end on or after the start.");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new IllegalArgumentException(
                    "A period of more than two years cannot be reviewed at once: choose a shorter one.");
        }
    }

    /** The week (Monday to Sunday) of the day. */
    public static ReviewPeriod week(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new ReviewPeriod(Kind.WEEK, monday, monday.plusDays(6));
    }

    public static ReviewPeriod month(YearMonth month) {
        return new ReviewPeriod(Kind.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    /** The calendar quarter of the day. */
    public static ReviewPeriod quarter(LocalDate day) {
        LocalDate start = day.with(IsoFields.DAY_OF_QUARTER, 1);
        return new ReviewPeriod(Kind.QUARTER, start, start.plusMonths(3).minusDays(1));
    }

    public static ReviewPeriod custom(LocalDate first, LocalDate last) {
        return new ReviewPeriod(Kind.CUSTOM, first, last);
    }

    /**
     * The period a page or a link asks for: a kind and any day in it, or for a custom period its first and last day
     * (ISO dates); the month before {@code today} when nothing is asked.
     *
     * @throws IllegalArgumentException saying what was wrong and what to give instead
     */
    public static ReviewPeriod parse(String kind, String day, String first, String last, LocalDate today) {
        Kind k;
        try {
            k = kind == null || kind.isBlank()
                    ? Kind.MONTH
                    : Kind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "There is no period \"" + kind + "\": choose WEEK, MONTH, QUARTER or CUSTOM.", e);
        }
        if (k == Kind.CUSTOM) {
            return custom(date("first day", first), date("last day", last));
        }
        LocalDate in = day == null || day.isBlank()
                ? (k == Kind.MONTH ? today.minusMonths(1) : k == Kind.WEEK ? today.minusWeeks(1) : today.minusMonths(3))
                : date("day", day);
        return switch (k) {
            case WEEK -> week(in);
            case QUARTER -> quarter(in);
            default -> month(YearMonth.from(in));
        };
    }

    private static LocalDate date(String what, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Give the " + what + " of the period, as 2031-03-01.");
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "The " + what + " \"" + text + "\" is not a date: give it as 2031-03-01.", e);
        }
    }

    /** The period of the same kind just before this one. */
    public ReviewPeriod previous() {
        return switch (kind) {
            case WEEK -> week(first.minusDays(7));
            case MONTH -> month(YearMonth.from(first).minusMonths(1));
            case QUARTER -> quarter(first.minusMonths(3));
            case CUSTOM -> custom(first.minusDays(days()), first.minusDays(1));
        };
    }

    /** When the period starts in the zone: the first day at midnight. */
    public java.time.Instant start(java.time.ZoneId zone) {
        return first.atStartOfDay(zone).toInstant();
    }

    /** When the period ends in the zone (excluded): midnight after the last day. */
    public java.time.Instant end(java.time.ZoneId zone) {
        return last.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public long days() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    /** "March 2031", "Q1 2031", "week 10 of 2031", or "2031-03-03 to 2031-03-09". */
    public String label() {
        return switch (kind) {
            case WEEK ->
                "week " + first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + " of " + first.get(IsoFields.WEEK_BASED_YEAR);
            case MONTH -> first.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
            case QUARTER -> "Q" + first.get(IsoFields.QUARTER_OF_YEAR) + " " + first.getYear();
            case CUSTOM -> first + " to " + last;
        };
    }
}
