package io.ordertrail.platform.logging;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a log line is about, beyond its text: the HTTP request or the JMS message being handled, and the order it
 * concerns once that is known. Every line the JSON log file gets while a unit of work runs carries these ids
 * ({@link JsonLogFormatter}), so an admin can follow one order, one request or one message through the log.
 *
 * <p>A unit of work opens a scope and closes it when done ({@code try (var scope = Correlation.request(id))}); a
 * scope within another (a message handled inside a request) adds its ids and gives the outer
 * ones back when it closes. Outside a scope nothing is recorded, so a pooled thread never carries one unit's ids into
 * the next.
 */
public final class Correlation {

    /** The header a caller may send its own request id in; every answer carries the id used. */
    public static final String REQUEST_ID_HEADER = "X-Request-Id";

    /** A caller's id is taken as it is only if it is this plain; anything else gets a fresh id instead. */
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:@-]{1,100}");

    private static final ThreadLocal<Ids> CURRENT = new ThreadLocal<>();

    private Correlation() {}

    /** The ids of a log line: any of them may be null. */
    public record Ids(String requestId, String messageId, String orderNumber) {}

    /** The current unit of work's ids, if one is under way on this thread. */
    public static Optional<Ids> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** An HTTP request: the caller's {@code X-Request-Id} if it is a plain id, else a new one. */
    public static Scope request(String callersId) {
        String id = callersId != null && SAFE_ID.matcher(callersId).matches()
                ? callersId
                : UUID.randomUUID().toString();
        // a request is always the outermost unit of work on its thread: nothing is carried over, and nothing restored
        Ids ids = new Ids(id, null, null);
        CURRENT.set(ids);
        return new Scope(null, ids);
    }

    /** A JMS message, by its message id, about an order if the message names one (its group), else null. */
    public static Scope message(String messageId, String orderNumber) {
        Ids outer = CURRENT.get();
        return open(new Ids(outer == null ? null : outer.requestId(), messageId, orderNumber));
    }

    /** The unit of work under way turns out to concern this order (it was recorded, or looked up by number). */
    public static void concerns(String orderNumber) {
        Ids ids = CURRENT.get();
        if (ids != null && orderNumber != null) {
            CURRENT.set(new Ids(ids.requestId(), ids.messageId(), orderNumber));
        }
    }

    private static Scope open(Ids ids) {
        Ids outer = CURRENT.get();
        CURRENT.set(ids);
        return new Scope(outer, ids);
    }

    /** An open unit of work; closing it gives the thread back the ids it had before. */
    public static final class Scope implements AutoCloseable {

        private final Ids outer;
        private final Ids opened;

        private Scope(Ids outer, Ids opened) {
            this.outer = outer;
            this.opened = opened;
        }

        /** The request id of this unit of work (null for a message outside a request). */
        public String requestId() {
            return opened.requestId();
        }

        @Override
        public void close() {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }
}
