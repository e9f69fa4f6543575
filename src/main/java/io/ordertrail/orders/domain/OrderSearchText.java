package io.ordertrail.orders.domain;

import io.ordertrail.customers.domain.Customer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What an order can be found by in the search box, as three texts, in the order they rank: its <b>key</b> (order
 * number and the customer's purchase-order reference), its <b>customer</b> (number, name, email, phone: kept apart,
 * so that a change to the customer's record rewrites only this part of all their orders at once) and its <b>body</b>
 * (products, delivery address or pickup place, instructions, notes and the email the order came in). All are written
 * in the search's own spelling ({@link #normalise}), so that the database's words and the typed words are cut the
 * same way: {@code ORD-2026-000123} is the words {@code ord 2026 000123}, {@code RLR-230} is {@code rlr 230}.
 */
public record OrderSearchText(String key, String customer, String body) {

    /** What the body keeps of the email the order came in: enough for its words, not a whole mailbox. */
    static final int EMAIL_WORDS = 4_000;

    /** The longest body kept; a note beyond it is still on the order, but not found by its words. */
    public static final int MAX_BODY = 20_000;

    /** The most words of a search that count; a pasted paragraph is cut to its first words. */
    public static final int MAX_WORDS = 8;

    public OrderSearchText {
        key = normalise(key);
        customer = normalise(customer);
        body = truncate(normalise(body), MAX_BODY);
    }

    /** The order's search text now, with the notes written on it. */
    public static OrderSearchText of(Order order, Collection<String> notes) {
        List<String> body = new ArrayList<>();
        for (OrderLine line : order.getLines()) {
            body.add(line.getProductCode());
            body.add(line.getProductName());
        }
        body.add(order.getDeliveryAddress());
        body.add(order.getPickupLocation());
        body.add(order.getInstructions());
        body.addAll(notes);
        body.add(truncate(order.getSourceEmail(), EMAIL_WORDS));
        return new OrderSearchText(
                join(order.getOrderNumber().value(), order.getPurchaseOrderReference()),
                customerWords(order.getCustomer()),
                join(body.toArray(String[]::new)));
    }

    /** The customer's part of each of their orders' text: number, name, email and phone, in the search's spelling. */
    public static String customerWords(Customer customer) {
        return normalise(
                join(customer.getCustomerNumber(), customer.getName(), customer.getEmail(), customer.getPhone()));
    }

    /**
     * The words someone typed, in the search's spelling, at most {@link #MAX_WORDS}; empty when nothing searchable
     * was typed.
     */
    public static List<String> words(String typed) {
        String normal = normalise(typed);
        if (normal.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(normal.split(" ")).limit(MAX_WORDS).toList();
    }

    /**
     * Lower case, with every character that is not a letter, a digit or part of an email address ({@code @ . _ +})
     * turned into a space, and a dot or plus that does not join two words dropped; runs of spaces as one.
     */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean keep = Character.isLetterOrDigit(c)
                    || c == '@'
                    || c == '_'
                    || ((c == '.' || c == '+')
                            && i > 0
                            && i < lower.length() - 1
                            && Character.isLetterOrDigit(lower.charAt(i - 1))
                            && Character.isLetterOrDigit(lower.charAt(i + 1)));
            if (keep) {
                out.append(c);
            } else if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        return out.toString().strip();
    }

    private static String join(String... parts) {
        return String.join(
                " ",
                Arrays.stream(parts)
                        .filter(Objects::nonNull)
                        .filter(p -> !p.isBlank())
                        .toList());
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
