package io.ordertrail.orders.domain;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Something an order did or had, as the periodic review counts it, so that each figure opens exactly the orders
 * behind it: reached a milestone, was amended for a reason, or had a special request of a type, outcome or fate.
 * Written in an address as its kind, with the value after a colon for those that take one: {@code CONFIRMED},
 * {@code REASON:PRICE_CORRECTION}, {@code REQUEST_TYPE:PACKAGING}, {@code REQUEST_OUTCOME:REJECTED}.
 */
public record OrderFact(Kind kind, String value) implements Serializable {

    public enum Kind {
        /** Recorded: at once, or after its double-check. */
        RECORDED(false),
        /** Recorded by a manager's double-check. */
        DOUBLE_CHECKED(false),
        /** Cancelled while it waited for its double-check. */
        CANCELLED_BEFORE_DOUBLE_CHECK(false),
        /** Recorded and then confirmed to the customer. */
        CONFIRMED(false),
        /** Recorded and acknowledged by both teams. */
        ACKNOWLEDGED(false),
        /** Confirmed, and then dispatched or picked up. */
        LEFT(false),
        /** Amended at least once. */
        AMENDED(false),
        /** Amended at least once for this reason code. */
        REASON(true),
        /** With at least one special request. */
        REQUEST(false),
        /** With a special request of this type. */
        REQUEST_TYPE(true),
        /** With a special request with this outcome. */
        REQUEST_OUTCOME(true),
        /** With a special request that was decided. */
        REQUEST_DECIDED(false),
        /** With a special request escalated to the manager. */
        REQUEST_ESCALATED(false);

        private final boolean takesValue;

        Kind(boolean takesValue) {
            this.takesValue = takesValue;
        }
    }

    public OrderFact {
        Objects.requireNonNull(kind);
        if (kind.takesValue != (value != null)) {
            throw new IllegalArgumentException(
                    kind.takesValue ? kind + " needs a value after a colon" : kind + " takes no value");
        }
        if (kind == Kind.REASON) {
            AmendmentReason.valueOf(value);
        } else if (kind == Kind.REQUEST_TYPE) {
            SpecialRequestType.valueOf(value);
        } else if (kind == Kind.REQUEST_OUTCOME) {
            RequestDecision.valueOf(value);
        }
    }

    public static OrderFact of(Kind kind) {
        return new OrderFact(kind, null);
    }

    public static OrderFact of(Kind kind, Enum<?> value) {
        return new OrderFact(kind, value.name());
    }

    /** The fact an address names, empty when it names none of ours. */
    public static Optional<OrderFact> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String[] parts = text.trim().split(":", 2);
        return Arrays.stream(Kind.values())
                .filter(k -> k.name().equals(parts[0]))
                .findFirst()
                .flatMap(kind -> {
                    try {
                        return Optional.of(new OrderFact(kind, parts.length > 1 ? parts[1] : null));
                    } catch (IllegalArgumentException wrong) {
                        return Optional.empty();
                    }
                });
    }

    /** What the order list says it shows: "Orders that were confirmed", say. */
    public String describe() {
        return "Orders that "
                + switch (kind) {
                    case RECORDED -> "were recorded";
                    case DOUBLE_CHECKED -> "were recorded by a double-check";
                    case CANCELLED_BEFORE_DOUBLE_CHECK -> "were cancelled before their double-check";
                    case CONFIRMED -> "were confirmed";
                    case ACKNOWLEDGED -> "both teams acknowledged";
                    case LEFT -> "were dispatched or picked up";
                    case AMENDED -> "were amended";
                    case REASON ->
                        "were amended for: " + AmendmentReason.valueOf(value).getLabel();
                    case REQUEST -> "had a special request";
                    case REQUEST_TYPE ->
                        "had a special request: "
                                + SpecialRequestType.valueOf(value).getLabel();
                    case REQUEST_OUTCOME ->
                        "had a special request "
                                + RequestDecision.valueOf(value).getLabel().toLowerCase(java.util.Locale.ROOT);
                    case REQUEST_DECIDED -> "had a special request decided";
                    case REQUEST_ESCALATED -> "had a special request escalated";
                };
    }

    /** As written in an address: the parameter {@code fact} of the order list. */
    @Override
    public String toString() {
        return value == null ? kind.name() : kind.name() + ":" + value;
    }
}
