package io.ordertrail.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrderStatusTest {

    @Test
    void aRecordedOrderCanBeConfirmedPutOnHoldOrCancelledButNotDispatched() {
        assertThat(OrderStatus.RECORDED.canMoveTo(OrderStatus.CONFIRMED)).isTrue();
        assertThat(OrderStatus.RECORDED.canMoveTo(OrderStatus.ON_HOLD)).isTrue();
        assertThat(OrderStatus.RECORDED.canMoveTo(OrderStatus.CANCELLED)).isTrue();
        assertThat(OrderStatus.RECORDED.canMoveTo(OrderStatus.DISPATCHED)).isFalse();
    }

    @Test
    void dispatchedPickedUpAndCancelledOrdersMoveNoFurther() {
        for (OrderStatus end :
                new OrderStatus[] {OrderStatus.DISPATCHED, OrderStatus.PICKED_UP, OrderStatus.CANCELLED}) {
            for (OrderStatus next : OrderStatus.values()) {
                assertThat(end.canMoveTo(next)).as(end + " -> " + next).isFalse();
            }
        }
    }

    @Test
    void everyStatusHasAnEntryInTheTransitionTable() {
        for (OrderStatus status : OrderStatus.values()) {
            assertThat(status.canMoveTo(OrderStatus.CANCELLED)
                            || status == OrderStatus.CANCELLED
                            || status == OrderStatus.DISPATCHED
                            || status == OrderStatus.PICKED_UP)
                    .as(status.name())
                    .isTrue();
        }
    }
}
