package io.ordertrail.orders.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** SOP step 1: the incompletion check says exactly what is still missing. */
class OrderDraftTest {

    @Test
    void anEmptyDraftListsEverythingThatIsMissing() {
        assertThat(new OrderDraft().problems()).extracting(OrderRejected.Problem::field)
                .containsExactly("channel", "customer", "lines", "fulfilmentMethod");
    }

    @Test
    void aCompleteDeliveryOrderHasNoProblems() {
        OrderDraft draft = new OrderDraft().channel(Channel.PHONE).customer("C-1001").line("P-1", 2)
                .delivery("1 High Street");
        assertThat(draft.problems()).isEmpty();
        assertThat(draft.isComplete()).isTrue();
    }

    @Test
    void eachBadLineIsNamedByItsPosition() {
        OrderDraft draft = new OrderDraft().channel(Channel.EMAIL).customer("C-1001")
                .line("P-1", 1).line(null, 0).line("P-3", OrderDraft.MAX_LINE_QUANTITY + 1).pickup("Counter");
        assertThat(draft.problems()).extracting(OrderRejected.Problem::field)
                .containsExactly("lines[1].product", "lines[1].quantity", "lines[2].quantity");
        assertThat(draft.problems().get(0).message()).isEqualTo("Line 2: choose a product.");
    }

    @Test
    void deliveryNeedsAnAddressAndPickupNeedsALocation() {
        OrderDraft delivery = new OrderDraft().channel(Channel.PHONE).customer("C").line("P", 1).delivery("  ");
        OrderDraft pickup = new OrderDraft().channel(Channel.PHONE).customer("C").line("P", 1).pickup(null);
        assertThat(delivery.problems()).extracting(OrderRejected.Problem::field).containsExactly("deliveryAddress");
        assertThat(pickup.problems()).extracting(OrderRejected.Problem::field).containsExactly("pickupLocation");
    }
}
