package io.ordertrail.review.domain;

import io.ordertrail.orders.domain.OrderStatus;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How long an order may stand at each stage before it counts as stuck for the manager, in whole hours (the order
 * list filters by hours). Only the stages an order moves on from have one; a stage set to 0 hours is not watched.
 */
public final class StuckThresholds {

    /** The defaults of the embedded setup; each can be set ({@code ORDERTRAIL_REVIEW_STUCK_HOURS_RECORDED=2}). */
    public static final Map<OrderStatus, Integer> DEFAULT_HOURS = Map.of(
            OrderStatus.RECEIVED, 1,
            OrderStatus.VERIFIED, 1,
            OrderStatus.AWAITING_APPROVAL, 4,
            OrderStatus.RECORDED, 4,
            OrderStatus.CONFIRMED, 24,
            OrderStatus.IN_FULFILLMENT, 48,
            OrderStatus.ON_HOLD, 72);

    private final Map<OrderStatus, Integer> hours;

    private StuckThresholds(Map<OrderStatus, Integer> hours) {
        this.hours = Collections.unmodifiableMap(hours);
    }

    /**
     * The thresholds set, each stage taken from {@code configured} (by stage) or its default.
     *
     * @throws IllegalArgumentException naming the stage when a threshold is negative or set for a final stage
     */
    public static StuckThresholds of(Map<OrderStatus, Integer> configured) {
        EnumMap<OrderStatus, Integer> hours = new EnumMap<>(OrderStatus.class);
        for (OrderStatus stage : OrderStatus.open()) {
            int h = configured.getOrDefault(stage, DEFAULT_HOURS.get(stage));
            if (h < 0) {
                throw new IllegalArgumentException("The stuck threshold of " + stage.name() + " is " + h
                        + " hours: give 0 (not watched) or more hours.");
            }
            if (h > 0) {
                hours.put(stage, h);
            }
        }
        configured.keySet().stream().filter(OrderStatus::isFinal).findFirst().ifPresent(stage -> {
            throw new IllegalArgumentException(
                    "An order " + stage.name() + " moves no more and cannot be stuck: remove its stuck threshold.");
        });
        return new StuckThresholds(hours);
    }

    /** The watched stages and their thresholds in hours, in the order of the SOP. */
    public Map<OrderStatus, Integer> hours() {
        return hours;
    }

    public Duration of(OrderStatus stage) {
        return Duration.ofHours(hours.get(stage));
    }
}
