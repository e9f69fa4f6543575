package io.ordertrail.platform;

import jakarta.persistence.Query;
import java.util.Collections;
import java.util.List;

/**
 * Native SQL with its values bound by position: {@code "?, ?, ?"} for an {@code in} list of so many values, and the
 * values bound in order. The text holds only the marks; every value is a parameter.
 */
public final class NativeParameters {

    private NativeParameters() {}

    /** {@code count} marks for an {@code in (…)} list: "?, ?, ?". */
    public static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** The query with {@code values} bound to its marks, the first value to the first mark. */
    public static Query bound(Query query, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query;
    }
}
