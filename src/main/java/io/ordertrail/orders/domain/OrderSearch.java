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
 * {@code amendedFor}: orders amended at least once for a reason of that origin (our error, say).
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
        AmendmentOrigin amendedFor)
        implements Serializable {

    public OrderSearch {
        flags = flags == null || flags.isEmpty() ? Set.of() : Set.copyOf(flags);
        if (atStageLongerThan != null && atStageLongerThan.isNegative()) {
            throw new IllegalArgumentException("A time at a stage cannot be negative: " + atStageLongerThan);
        }
    }

    public static OrderSearch all() {
        return new OrderSearch(null, null, null, null, null, null, Set.of(), null, null, null, null);
    }

    public static OrderSearch needing(NeedsAttention attention) {
        return all().needingAttention(attention);
    }

    public OrderSearch needingAttention(NeedsAttention what) {
        return new OrderSearch(
                orderNumber,
                customer,
                status,
                channel,
                from,
                to,
                flags,
                what,
                recordedBy,
                atStageLongerThan,
                amendedFor);
    }

    public OrderSearch recordedBy(String who) {
        return new OrderSearch(
                orderNumber, customer, status, channel, from, to, flags, attention, who, atStageLongerThan, amendedFor);
    }

    public OrderSearch withStatus(OrderStatus stage) {
        return new OrderSearch(
                orderNumber,
                customer,
                stage,
                channel,
                from,
                to,
                flags,
                attention,
                recordedBy,
                atStageLongerThan,
                amendedFor);
    }

    public OrderSearch withFlags(Set<FlagType> types) {
        return new OrderSearch(
                orderNumber,
                customer,
                status,
                channel,
                from,
                to,
                types,
                attention,
                recordedBy,
                atStageLongerThan,
                amendedFor);
    }

    /** Stuck: at {@code stage} (any stage not final when null) for longer than {@code time}. */
    public OrderSearch stuck(OrderStatus stage, Duration time) {
        return new OrderSearch(
                orderNumber, customer, stage, channel, from, to, flags, attention, recordedBy, time, amendedFor);
    }

    /** A customer's orders: by number, or by the start of the name. */
    public OrderSearch forCustomer(String numberOrName) {
        return new OrderSearch(
                orderNumber,
                numberOrName,
                status,
                channel,
                from,
                to,
                flags,
                attention,
                recordedBy,
                atStageLongerThan,
                amendedFor);
    }

    /** The orders received from the first day to the last (business zone). */
    public OrderSearch receivedBetween(java.time.LocalDate first, java.time.LocalDate last) {
        return new OrderSearch(
                orderNumber,
                customer,
                status,
                channel,
                first,
                last,
                flags,
                attention,
                recordedBy,
                atStageLongerThan,
                amendedFor);
    }

    public OrderSearch amendedFor(AmendmentOrigin origin) {
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
                origin);
    }

    /** Whether it asks for orders with any flag at all. */
    public boolean anyFlag() {
        return flags.containsAll(EnumSet.allOf(FlagType.class));
    }
}
