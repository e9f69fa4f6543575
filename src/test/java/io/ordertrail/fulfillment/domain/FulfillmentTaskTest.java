package io.ordertrail.fulfillment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordertrail.platform.InputRejected;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A fulfillment task moves picking → packed → dispatched (or ready for pickup → picked up), each step kept. */
class FulfillmentTaskTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private static FulfillmentTask delivery() {
        return new FulfillmentTask("ORD-2026-000017", 1, "Acme", false, "12 Mill Lane", null, "2 x RLR-230", NOW);
    }

    private static FulfillmentTask pickup() {
        return new FulfillmentTask(
                "ORD-2026-000018", 1, "Acme", true, "Main warehouse counter", null, "1 x RLR-230", NOW);
    }

    @Test
    void aDeliveryIsPickedPackedAndDispatchedWithCarrierAndTracking() {
        FulfillmentTask task = delivery();
        assertThat(task.getNextSteps()).containsExactly(TaskStatus.PICKING);
        task.advance(TaskStatus.PICKING, "fulfillment", NOW, null, null);
        task.advance(TaskStatus.PACKED, "fulfillment", NOW, null, null);
        assertThat(task.getNextSteps()).containsExactly(TaskStatus.DISPATCHED);
        task.advance(TaskStatus.DISPATCHED, "fulfillment", NOW, " DHL ", "JD0146000033");

        assertThat(task.getStatus()).isEqualTo(TaskStatus.DISPATCHED);
        assertThat(task.getCarrier()).isEqualTo("DHL");
        assertThat(task.getSteps())
                .extracting(FulfillmentStep::getStatus)
                .containsExactly(TaskStatus.TO_PICK, TaskStatus.PICKING, TaskStatus.PACKED, TaskStatus.DISPATCHED);
        assertThat(task.getSteps().get(3).getNote()).isEqualTo("With DHL, tracking JD0146000033");
        assertThat(task.getNextSteps()).isEmpty();
    }

    @Test
    void aDispatchWithoutCarrierOrTrackingIsRefusedAndChangesNothing() {
        FulfillmentTask task = delivery();
        task.advance(TaskStatus.PICKING, "fulfillment", NOW, null, null);
        task.advance(TaskStatus.PACKED, "fulfillment", NOW, null, null);

        assertThatThrownBy(() -> task.advance(TaskStatus.DISPATCHED, "fulfillment", NOW, " ", null))
                .isInstanceOfSatisfying(
                        InputRejected.class,
                        e -> assertThat(e.getProblems())
                                .extracting(InputRejected.Problem::field)
                                .containsExactly("carrier", "trackingReference"));
        assertThat(task.getStatus()).isEqualTo(TaskStatus.PACKED);
    }

    @Test
    void aStepThatDoesNotFollowIsRefused() {
        assertThatThrownBy(() -> delivery().advance(TaskStatus.PACKED, "fulfillment", NOW, null, null))
                .isInstanceOf(InputRejected.class)
                .hasMessageContaining("cannot go to packed");
    }

    @Test
    void aPickupOrderIsReadyForPickupAndPickedUpButNeverDispatched() {
        FulfillmentTask task = pickup();
        task.advance(TaskStatus.PICKING, "fulfillment", NOW, null, null);
        task.advance(TaskStatus.PACKED, "fulfillment", NOW, null, null);
        assertThat(task.getNextSteps()).containsExactly(TaskStatus.READY_FOR_PICKUP);
        assertThatThrownBy(() -> task.advance(TaskStatus.DISPATCHED, "fulfillment", NOW, "DHL", "1"))
                .isInstanceOf(InputRejected.class)
                .hasMessageContaining("ready for pickup");
        task.advance(TaskStatus.READY_FOR_PICKUP, "fulfillment", NOW, null, null);
        task.advance(TaskStatus.PICKED_UP, "fulfillment", NOW, null, null);
        assertThat(task.getStatus().isDone()).isTrue();
    }
}
