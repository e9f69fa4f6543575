package io.ordertrail.review.domain;

import io.ordertrail.orders.domain.Channel;
import java.io.Serializable;
import java.util.Map;

/**
 * What the orders received in one period add up to: how many, by channel, by who took them and by day, each stage's times
 * for all channels and per channel, their quality, the promises kept and the special requests. Every channel and
 * stage is there, with 0 or {@link StageTime#NONE}.
 */
public record PeriodFigures(
        ReviewPeriod period,
        long orders,
        Map<Channel, Long> byChannel,
        Map<String, Long> byStaff,
        Trend trend,
        Map<Stage, StageTime> stages,
        Map<Stage, Map<Channel, StageTime>> stagesByChannel,
        QualityFigures quality,
        PromiseFigures promises,
        RequestFigures requests,
        Map<String, OrderValue> values)
        implements Serializable {

    /** The value of the period's orders in a currency; none when no order was in it. */
    public OrderValue value(String currency) {
        return values.getOrDefault(currency, OrderValue.NONE);
    }

    /**
     * The bottleneck: the stage whose median time was the longest in the period (of all channels); none when no
     * order reached the end of any stage. The double-check is part of "received → recorded", so it is not set
     * against it.
     */
    public java.util.Optional<Stage> bottleneck() {
        return stages.entrySet().stream()
                .filter(e -> e.getKey() != Stage.DOUBLE_CHECK && e.getValue().median() != null)
                .max(java.util.Comparator.comparing(
                                (Map.Entry<Stage, StageTime> e) -> e.getValue().median())
                        .thenComparing(e -> -e.getKey().ordinal()))
                .map(Map.Entry::getKey);
    }

    public long ordersBy(Channel channel) {
        return byChannel.getOrDefault(channel, 0L);
    }

    public long ordersTakenBy(String staff) {
        return byStaff.getOrDefault(staff, 0L);
    }

    public StageTime stage(Stage stage) {
        return stages.getOrDefault(stage, StageTime.NONE);
    }

    public StageTime stage(Stage stage, Channel channel) {
        return stagesByChannel.getOrDefault(stage, Map.of()).getOrDefault(channel, StageTime.NONE);
    }
}
