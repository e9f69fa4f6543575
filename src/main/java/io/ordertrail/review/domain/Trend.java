package io.ordertrail.review.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How many orders were received on each day of a period, and the same counts per point of the trend line: one point a
 * day for a period of up to 62 days, one a week (from the period's first day) for a longer one, so that a quarter is 13
 * points, not 92. Days without orders count 0.
 */
public record Trend(ReviewPeriod period, SortedMap<LocalDate, Long> ordersByDay) implements Serializable {

    /** The longest period drawn one point a day. */
    static final int DAILY_UP_TO_DAYS = 62;

    public Trend {
        ordersByDay = new TreeMap<>(ordersByDay);
        for (LocalDate day : ordersByDay.keySet()) {
            if (day.isBefore(period.first()) || day.isAfter(period.last())) {
                throw new IllegalArgumentException(day + " is outside " + period.label());
            }
        }
    }

    public static Trend of(ReviewPeriod period, Map<LocalDate, Long> ordersByDay) {
        return new Trend(period, new TreeMap<>(ordersByDay));
    }

    /** The days one point of the line covers: 1 or 7. */
    public int daysPerPoint() {
        return period.days() <= DAILY_UP_TO_DAYS ? 1 : 7;
    }

    /** The points in order, each with the first and last day it covers (the last one may be shorter). */
    public List<Point> points() {
        int step = daysPerPoint();
        List<Point> points = new ArrayList<>();
        for (LocalDate first = period.first(); !first.isAfter(period.last()); first = first.plusDays(step)) {
            LocalDate last = first.plusDays(step - 1L);
            if (last.isAfter(period.last())) {
                last = period.last();
            }
            long orders = ordersByDay.subMap(first, last.plusDays(1)).values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
            points.add(new Point(first, last, orders));
        }
        return points;
    }

    /** One point of the line: the orders received from {@code first} to {@code last}, both included. */
    public record Point(LocalDate first, LocalDate last, long orders) implements Serializable {}
}
