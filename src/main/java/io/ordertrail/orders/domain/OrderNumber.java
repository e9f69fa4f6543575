package io.ordertrail.orders.domain;

import java.util.regex.Pattern;

/**
 * The order number staff and customers quote, for example {@code ORD-2026-000123}: the year it was recorded
 * and a database sequence that never hands out the same value twice.
 */
public final class OrderNumber {

    private static final Pattern FORMAT = Pattern.compile("ORD-\\d{4}-\\d{6,}");

    private OrderNumber() {}

    public static String of(int year, long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("Order sequence must be positive, was " + sequence);
        }
        return String.format("ORD-%04d-%06d", year, sequence);
    }

    public static boolean isWellFormed(String candidate) {
        return candidate != null && FORMAT.matcher(candidate).matches();
    }
}
