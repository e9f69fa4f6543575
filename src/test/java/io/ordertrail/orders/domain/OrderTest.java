package io.ordertrail.orders.domain;

import io.ordertrail.customers.domain.Customer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SOP step 3: an order is recorded complete or not at all, and only moves the way the SOP allows. */
class OrderTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:15:30Z");
    private final Customer customer = new Customer("C-1001", "Johnssons byggvaror", null, null, "Rådhusgatan 5");

    private Order recordedOrder() {
        OrderDraft draft = new OrderDraft().channel(Channel.PHONE).customer("C-1001")
                .line("SItemNo001", 3).line("SItemNo011", 2).delivery(" Rådhusgatan 5 ").instructions("  ");
        return Order.record("ORD-2026-000001", draft, customer, List.of(
                new Order.PricedLine("SItemNo001", "Falu Rödfärg", 3, new BigDecimal("50.00")),
                new Order.PricedLine("SItemNo011", "Pensel", 2, new BigDecimal("15.00"))), "sales", NOW);
    }

    @Test
    void aRecordedOrderIsVersionOneWithNumberedLinesAndATotal() {
        Order order = recordedOrder();

        assertThat(order.getOrderVersion()).isEqualTo(1);
        assertThat(order.getStatus()).isEqualTo(OrderStatus.RECORDED);
        assertThat(order.getLines()).extracting(OrderLine::getLineNumber).containsExactly(1, 2);
        assertThat(order.getTotal()).isEqualByComparingTo("180.00");
        assertThat(order.getDeliveryAddress()).isEqualTo("Rådhusgatan 5");
        assertThat(order.getInstructions()).isNull();
    }

    @Test
    void recordingIsItselfTheFirstStatusChangeWithWhoAndWhen() {
        assertThat(recordedOrder().getStatusChanges()).singleElement().satisfies(change -> {
            assertThat(change.getFrom()).isNull();
            assertThat(change.getTo()).isEqualTo(OrderStatus.RECORDED);
            assertThat(change.getChangedBy()).isEqualTo("sales");
            assertThat(change.getChangedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void anIncompleteDraftIsNotRecorded() {
        OrderDraft incomplete = new OrderDraft().channel(Channel.PHONE).customer("C-1001");
        assertThatThrownBy(() -> Order.record("ORD-2026-000002", incomplete, customer, List.of(), "sales", NOW))
                .isInstanceOf(OrderRejected.class)
                .hasMessageContaining("Add at least one product");
    }

    @Test
    void anOrderRefusesAMoveTheSopDoesNotAllowAndKeepsItsStatus() {
        Order order = recordedOrder();

        assertThatThrownBy(() -> order.moveTo(OrderStatus.DISPATCHED, "fulfillment", NOW, "shipped"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Order ORD-2026-000001 cannot move from Recorded to Dispatched");
        assertThat(order.getStatus()).isEqualTo(OrderStatus.RECORDED);
        assertThat(order.getStatusChanges()).hasSize(1);
    }

    @Test
    void anAllowedMoveIsRecordedWithItsReason() {
        Order order = recordedOrder();
        order.moveTo(OrderStatus.ON_HOLD, "manager", NOW.plusSeconds(60), "customer asked to wait");

        assertThat(order.getStatus()).isEqualTo(OrderStatus.ON_HOLD);
        assertThat(order.getStatusChanges()).last().extracting(StatusChange::getReason)
                .isEqualTo("customer asked to wait");
    }

    @Test
    void inventorysOutcomeIsKeptForTheCurrentVersionOnly() {
        Order order = recordedOrder();
        assertThat(order.getAvailability()).isEqualTo(Availability.UNCHECKED);

        assertThat(order.availabilityChecked(2, true, List.of("later version"))).isFalse();
        assertThat(order.getAvailability()).isEqualTo(Availability.UNCHECKED);

        assertThat(order.availabilityChecked(1, false, List.of("SItemNo001: short by 1", "SItemNo011: 2 reserved")))
                .isTrue();
        assertThat(order.getAvailability()).isEqualTo(Availability.SHORTAGE);
        assertThat(order.getAvailabilityNote()).isEqualTo("SItemNo001: short by 1; SItemNo011: 2 reserved");
    }
}
