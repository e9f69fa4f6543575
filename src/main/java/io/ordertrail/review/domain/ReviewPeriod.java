package io.ordertrail.review.domain;

import io.ordertrail.platform.i18n.Phrase;
import io.ordertrail.platform.i18n.Texts;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
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
            throw new Unreadable(Phrase.of("review.period.endsBeforeStart", last.toString(), first.toString()), null);
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new Unreadable(Phrase.of("review.period.tooLong"), null);
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
            throw new Unreadable(Phrase.of("review.period.noSuchKind", kind), e);
        }
        if (k == Kind.CUSTOM) {
            return custom(date("first", first), date("last", last));
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

    /** {@code what}: "first", "last" or "day", the day of the period the text gives. */
    private static LocalDate date(String what, String text) {
        Phrase day = Phrase.of("review.period.what." + what);
        if (text == null || text.isBlank()) {
            throw new Unreadable(Phrase.of("review.period.give", day), null);
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new Unreadable(Phrase.of("review.period.notADate", day, text), e);
        }
    }

    /**
     * A period that cannot be reviewed: its message says in English what was wrong and what to give instead, its
     * phrase says the same in the reader's language.
     */
    public static final class Unreadable extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final Phrase phrase;

        Unreadable(Phrase phrase, Throwable cause) {
            super(phrase.inEnglish(), cause);
            this.phrase = phrase;
        }

        public Phrase phrase() {
            return phrase;
        }

        /** What was wrong with a period, in the reader's language; any other refusal's own message. */
        public static String said(IllegalArgumentException wrong, Texts texts) {
            return wrong instanceof Unreadable unreadable ? unreadable.phrase.in(texts) : wrong.getMessage();
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

    /** "March 2031", "Q1 2031", "week 10 of 2031", or "2031-03-03 to 2031-03-09": in English, for the records and logs. */
    public String label() {
        return label(Texts.in(Locale.ENGLISH));
    }

    /** The period as the language names it: "March 2031", "März 2031", "week 10 of 2031", "KW 10/2031". */
    public String label(Texts texts) {
        return switch (kind) {
            case WEEK ->
                texts.get(
                        "review.period.week",
                        first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                        first.get(IsoFields.WEEK_BASED_YEAR));
            case MONTH -> first.format(texts.formatter("review.period.month"));
            case QUARTER -> texts.get("review.period.quarter", first.get(IsoFields.QUARTER_OF_YEAR), first.getYear());
            case CUSTOM -> texts.get("review.period.custom", day(first, texts), day(last, texts));
        };
    }

    /** A day of a review as the language writes it in a figure's line: "2031-03-01", "01.03.2031". */
    public static String day(LocalDate day, Texts texts) {
        return day.format(texts.formatter("review.day"));
    }
}
