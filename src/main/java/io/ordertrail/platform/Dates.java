package io.ordertrail.platform;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as staff and customers read them, the same on the pages, in the confirmation's email, PDF and text message,
 * and in the explanation of a promised date: "Wed 2 Dec 2026".
 */
public final class Dates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private Dates() {}

    public static String format(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
