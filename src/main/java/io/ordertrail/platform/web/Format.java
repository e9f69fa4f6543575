package io.ordertrail.platform.web;

import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.Dates;
import io.ordertrail.platform.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How times, durations and amounts read on every page. */
@Named
@ApplicationScoped
public class Format {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    BusinessClock clock;

    public String getNow() {
        return dateTime(clock.now());
    }

    /** A calendar day as staff read it, e.g. "Mon 30 Nov 2026". */
    /**
     * The value as text, or "" when there is none: for a list's export, where PrimeFaces would take a missing value
     * for "no export value" and write the column's own expression text instead.
     */
    public String orEmpty(Object value) {
        return value == null ? "" : value.toString();
    }

    public String date(LocalDate day) {
        return Dates.format(day);
    }

    /** An instant as staff read it, in the business zone, e.g. "2026-11-30 14:05:09". */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(clock.local(instant));
    }

    /** The time from one instant to another, e.g. "1.3 s" or "4 min 10 s". */
    public String elapsed(Instant from, Instant to) {
        return elapsedBetween(from, to);
    }

    public static String elapsedBetween(Instant from, Instant to) {
        if (from == null || to == null) {
            return "";
        }
        Duration d = Duration.between(from, to);
        if (d.toMinutes() < 1) {
            return String.format(Locale.ROOT, "%.1f s", Math.max(0, d.toMillis()) / 1000.0);
        }
        if (d.toHours() < 1) {
            return d.toMinutes() + " min " + d.toSecondsPart() + " s";
        }
        if (d.toDays() < 1) {
            return d.toHours() + " h " + d.toMinutesPart() + " min";
        }
        return d.toDays() + " d " + d.toHoursPart() + " h";
    }

    public String money(BigDecimal amount) {
        return Money.format(amount);
    }

    /** An amount at its currency's scale. */
    public String amount(BigDecimal amount, java.util.Currency currency) {
        return Money.format(amount, currency);
    }
}
