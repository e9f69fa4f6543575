package io.ordertrail.platform;

/**
 * What people type into a search, as a JPQL {@code like} pattern that matches it literally: {@code %} and {@code _}
 * in the text are escaped with {@value #ESCAPE}, which the query names with {@code escape '!'}.
 */
public final class LikePattern {

    /** The escape character every {@code like} on typed text declares: {@code like :p escape '!'}. */
    public static final char ESCAPE = '!';

    private LikePattern() {}

    /** Matches values that contain the text. */
    public static String containing(String text) {
        return "%" + literal(text) + "%";
    }

    /** Matches values that start with the text. */
    public static String startingWith(String text) {
        return literal(text) + "%";
    }

    static String literal(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == ESCAPE || c == '%' || c == '_') {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
