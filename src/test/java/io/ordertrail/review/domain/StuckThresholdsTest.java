package io.ordertrail.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordertrail.orders.domain.OrderStatus;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StuckThresholdsTest {

    @Test
    void everyStageAnOrderMovesOnFromIsWatchedWithItsDefaultUnlessSet() {
        StuckThresholds thresholds = StuckThresholds.of(Map.of(OrderStatus.RECORDED, 2));

        assertThat(thresholds.hours().keySet()).containsExactlyElementsOf(OrderStatus.open());
        assertThat(thresholds.of(OrderStatus.RECORDED)).isEqualTo(Duration.ofHours(2));
        assertThat(thresholds.of(OrderStatus.IN_FULFILLMENT)).isEqualTo(Duration.ofHours(48));
    }

    @Test
    void aStageSetToZeroHoursIsNotWatched() {
        StuckThresholds thresholds = StuckThresholds.of(Map.of(OrderStatus.ON_HOLD, 0));

        assertThat(thresholds.hours()).doesNotContainKey(OrderStatus.ON_HOLD).containsKey(OrderStatus.RECORDED);
    }

    @Test
    void aNegativeThresholdIsRefusedNamingTheStage() {
        assertThatThrownBy(() -> StuckThresholds.of(Map.of(OrderStatus.CONFIRMED, -1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CONFIRMED")
                .hasMessageContaining("give 0 (not watched) or more hours");
    }

    @Test
    void aThresholdForAFinalStageIsRefused() {
        assertThatThrownBy(() -> StuckThresholds.of(Map.of(OrderStatus.DISPATCHED, 4)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DISPATCHED moves no more");
    }
}
