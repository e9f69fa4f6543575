package io.ordertrail.orders.domain;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the order list is filtered by; every part is optional. {@code flags}: orders with a flag of any of these
 * types; empty for no filter by flags. {@code recordedBy}: the orders a person took. {@code atStageLongerThan}:
 * orders that have stood at their status (the one asked for, or any not final) longer than this: stuck.
 * {@code amendedFor}: orders amended at least once for a reason of that origin (our error, say). {@code fact}: orders
 * that did or had what the periodic review counts in one of its figures.
 */
public record OrderSearch(
        String orderNumber,
        String customer,
        OrderStatus status,
        Channel channel,
        LocalDate from,
        LocalDate to,
        Set<FlagType> flags,
        NeedsAttention attention,
        String recordedBy,
        Duration atStageLongerThan,
        AmendmentOrigin amendedFor,
        OrderFact fact)
        implements Serializable {

    public OrderSearch {
        flags = flags == null || flags.isEmpty() ? Set.of() : Set.copyOf(flags);
        if (atStageLongerThan != null && atStageLongerThan.isNegative()) {
            throw new IllegalArgumentException("A time at a stage cannot be negative: " + atStageLongerThan);
        }
    }

    public static OrderSearch all() {
        return new OrderSearch(null, null, null, null, null, null, Set.of(), null, null, null, null, null);
    }

    public static OrderSearch needing(NeedsAttention attention) {
        return all().needingAttention(attention);
    }

    public OrderSearch needingAttention(NeedsAttention what) {
        return with(c -> c.attention = what);
    }

    public OrderSearch recordedBy(String who) {
        return with(c -> c.recordedBy = who);
    }

    public OrderSearch withStatus(OrderStatus stage) {
        return with(c -> c.status = stage);
    }

    public OrderSearch withFlags(Set<FlagType> types) {
        return with(c -> c.flags = types);
    }

    /** Stuck: at {@code stage} (any stage not final when null) for longer than {@code time}. */
    public OrderSearch stuck(OrderStatus stage, Duration time) {
        return with(c -> {
            c.status = stage;
            c.atStageLongerThan = time;
        });
    }

    /** A customer's orders: by number, or by the start of the name. */
    public OrderSearch forCustomer(String numberOrName) {
        return with(c -> c.customer = numberOrName);
    }

    /** The orders received from the first day to the last (business zone). */
    public OrderSearch receivedBetween(LocalDate first, LocalDate last) {
        return with(c -> {
            c.from = first;
            c.to = last;
        });
    }

    public OrderSearch amendedFor(AmendmentOrigin origin) {
        return with(c -> c.amendedFor = origin);
    }

    /** The orders that did or had what a figure of the periodic review counts. */
    public OrderSearch withFact(OrderFact what) {
        return with(c -> c.fact = what);
    }

    /** Whether it asks for orders with any flag at all. */
    public boolean anyFlag() {
        return flags.containsAll(EnumSet.allOf(FlagType.class));
    }

    /** This search with some of its parts changed: the one place that lists them all, for the withers above. */
    private OrderSearch with(java.util.function.Consumer<Copy> change) {
        Copy copy = new Copy(this);
        change.accept(copy);
        return copy.search();
    }

    /** The parts of a search while one of its withers changes some. */
    private static final class Copy {
        String orderNumber;
        String customer;
        OrderStatus status;
        Channel channel;
        LocalDate from;
        LocalDate to;
        Set<FlagType> flags;
        NeedsAttention attention;
        String recordedBy;
        Duration atStageLongerThan;
        AmendmentOrigin amendedFor;
        OrderFact fact;

        Copy(OrderSearch s) {
            orderNumber = s.orderNumber;
            customer = s.customer;
            status = s.status;
            channel = s.channel;
            from = s.from;
            to = s.to;
            flags = s.flags;
            attention = s.attention;
            recordedBy = s.recordedBy;
            atStageLongerThan = s.atStageLongerThan;
            amendedFor = s.amendedFor;
            fact = s.fact;
        }

        OrderSearch search() {
            return new OrderSearch(
                    orderNumber,
                    customer,
                    status,
                    channel,
                    from,
                    to,
                    flags,
                    attention,
                    recordedBy,
                    atStageLongerThan,
                    amendedFor,
                    fact);
        }
    }
}
