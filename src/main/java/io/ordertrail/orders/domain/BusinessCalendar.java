package io.ordertrail.orders.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** The days the company works: every day except the weekend days and the configured holidays. */
public record BusinessCalendar(Set<DayOfWeek> weekend, Set<LocalDate> holidays) {

    public BusinessCalendar {
        weekend = Set.copyOf(weekend);
        holidays = Set.copyOf(holidays);
    }

    public static BusinessCalendar saturdayAndSunday(Set<LocalDate> holidays) {
        return new BusinessCalendar(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), holidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        return !weekend.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    /** The day itself when it is a working day, otherwise the next working day after it. */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The working day that lies the given number of working days after the day. */
    public LocalDate plusWorkingDays(LocalDate day, int workingDays) {
        LocalDate d = day;
        for (int i = 0; i < workingDays; i++) {
            d = d.plusDays(1);
            while (!isWorkingDay(d)) {
                d = d.plusDays(1);
            }
        }
        return d;
    }
}
