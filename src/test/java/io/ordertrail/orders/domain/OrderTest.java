package io.ordertrail.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordertrail.customers.domain.Customer;
import io.ordertrail.platform.i18n.Phrase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SOP step 3: an order is recorded complete or not at all, and only moves the way the SOP allows. */
class OrderTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:15:30Z");
    private final Customer customer = new Customer("C-1001", "Johnssons byggvaror", null, null, "Rådhusgatan 5");

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final DeliveryEstimate ESTIMATE =
            new DeliveryEstimate(LocalDate.of(2026, 12, 1), Phrase.of("estimate.inStock"));

    private OrderDraft draft() {
        return new OrderDraft()
                .channel(Channel.PHONE)
                .customer("C-1001")
                .line("SItemNo001", 3)
                .line("SItemNo011", 2)
                .delivery(" Rådhusgatan 5 ")
                .instructions("  ");
    }

    private static Verification verified(Flag... flags) {
        return new Verification(
                List.of(
                        Order.PricedLine.atListPrice("SItemNo001", "Falu Rödfärg", 3, new BigDecimal("50.00")),
                        Order.PricedLine.atListPrice("SItemNo011", "Pensel", 2, new BigDecimal("15.00"))),
                List.of("In stock", "In stock"),
                List.of(flags),
                ESTIMATE);
    }

    private Order recordedOrder() {
        return Order.record(new OrderNumber("ORD-2026-000001"), draft(), customer, verified(), "sales", NOW, TODAY);
    }

    private Order flaggedOrder() {
        return Order.record(
                new OrderNumber("ORD-2026-000003"),
                draft(),
                customer,
                verified(new Flag(FlagType.NEW_DELIVERY_ADDRESS, "never delivered there")),
                "sales",
                NOW,
                TODAY);
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
        assertThat(order.getEstimatedDate()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void anUnflaggedOrderIsReceivedVerifiedAndRecordedWithWhoAndWhen() {
        assertThat(recordedOrder().getStatusChanges())
                .extracting(
                        StatusChange::getFrom,
                        StatusChange::getTo,
                        StatusChange::getChangedBy,
                        StatusChange::getChangedAt)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, OrderStatus.RECEIVED, "sales", NOW),
                        org.assertj.core.groups.Tuple.tuple(OrderStatus.RECEIVED, OrderStatus.VERIFIED, "sales", NOW),
                        org.assertj.core.groups.Tuple.tuple(OrderStatus.VERIFIED, OrderStatus.RECORDED, "sales", NOW));
    }

    @Test
    void aFlaggedOrderWaitsForASecondPersonWithItsFlags() {
        Order order = flaggedOrder();

        assertThat(order.getStatus()).isEqualTo(OrderStatus.AWAITING_APPROVAL);
        assertThat(order.isAwaitingApproval()).isTrue();
        assertThat(order.getFlags()).extracting(Flag::getType).containsExactly(FlagType.NEW_DELIVERY_ADDRESS);
    }

    @Test
    void whoEnteredAFlaggedOrderCannotApproveIt() {
        Order order = flaggedOrder();

        assertThatThrownBy(() -> order.approve("sales", NOW.plusSeconds(30), null))
                .isInstanceOf(OrderRejected.class)
                .hasMessageContaining("a second person must approve it");
        assertThat(order.getStatus()).isEqualTo(OrderStatus.AWAITING_APPROVAL);
        assertThat(order.getApprovedBy()).isNull();
    }

    @Test
    void aSecondPersonsApprovalRecordsTheOrder() {
        Order order = flaggedOrder();

        order.approve("manager", NOW.plusSeconds(30), "address checked with the customer");

        assertThat(order.getStatus()).isEqualTo(OrderStatus.RECORDED);
        assertThat(order.getApprovedBy()).isEqualTo("manager");
        assertThat(order.getStatusChanges()).last().satisfies(change -> {
            assertThat(change.getChangedBy()).isEqualTo("manager");
            assertThat(change.getReason()).contains("address checked with the customer");
        });
    }

    @Test
    void anOrderThatIsNotWaitingCannotBeApproved() {
        assertThatThrownBy(() -> recordedOrder().approve("manager", NOW, null))
                .isInstanceOf(OrderRejected.class)
                .hasMessageContaining("not awaiting a double-check");
    }

    @Test
    void anAgreedPriceIsChargedAndTheListPriceKept() {
        Order order = Order.record(
                new OrderNumber("ORD-2026-000004"),
                draft(),
                customer,
                new Verification(
                        List.of(
                                new Order.PricedLine(
                                        "SItemNo001",
                                        "Falu Rödfärg",
                                        3,
                                        new BigDecimal("50.00"),
                                        new BigDecimal("45.00"),
                                        "quote Q-17"),
                                Order.PricedLine.atListPrice("SItemNo011", "Pensel", 2, new BigDecimal("15.00"))),
                        List.of("", ""),
                        List.of(),
                        ESTIMATE),
                "sales",
                NOW,
                TODAY);

        assertThat(order.getLines().get(0).getUnitPrice()).isEqualByComparingTo("45.00");
        assertThat(order.getLines().get(0).getListPrice()).isEqualByComparingTo("50.00");
        assertThat(order.getLines().get(0).isAgreedPrice()).isTrue();
        assertThat(order.getTotal()).isEqualByComparingTo("165.00");
    }

    @Test
    void anIncompleteDraftIsNotRecorded() {
        OrderDraft incomplete = new OrderDraft().channel(Channel.PHONE).customer("C-1001");
        assertThatThrownBy(() -> Order.record(
                        new OrderNumber("ORD-2026-000002"),
                        incomplete,
                        customer,
                        new Verification(List.of(), List.of(), List.of(), ESTIMATE),
                        "sales",
                        NOW,
                        TODAY))
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
        assertThat(order.getStatusChanges()).hasSize(3);
    }

    @Test
    void anAllowedMoveIsRecordedWithItsReason() {
        Order order = recordedOrder();
        order.moveTo(OrderStatus.ON_HOLD, "manager", NOW.plusSeconds(60), "customer asked to wait");

        assertThat(order.getStatus()).isEqualTo(OrderStatus.ON_HOLD);
        assertThat(order.getStatusChanges())
                .last()
                .extracting(StatusChange::getReason)
                .isEqualTo("customer asked to wait");
    }

    @Test
    void anOrderKnowsSinceWhenItStandsAtItsStatus() {
        Order order = recordedOrder();
        assertThat(order.getStatusSince()).isEqualTo(NOW);

        order.moveTo(OrderStatus.ON_HOLD, "manager", NOW.plusSeconds(60), "customer asked to wait");

        assertThat(order.getStatusSince()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void anOrderKeepsTheFirstTimeItReachedEachMilestoneForTheReview() {
        Order order = flaggedOrder();
        assertThat(order.getFirstRecordedAt()).isNull();
        assertThat(order.getFirstPromisedDate()).isEqualTo(LocalDate.of(2026, 12, 1));

        order.approve("manager", NOW.plusSeconds(30), "address checked");
        order.confirmed(1, "sales", NOW.plusSeconds(60), Phrase.of("timeline.confirmedBy.CALL", "the buyer"));
        order.handoverAcknowledged(io.ordertrail.handover.domain.Team.FULFILLMENT, NOW.plusSeconds(90));
        assertThat(order.getTeamsAcknowledgedAt()).as("until both teams have").isNull();
        order.handoverAcknowledged(io.ordertrail.handover.domain.Team.INVENTORY, NOW.plusSeconds(120));
        order.handoverAcknowledged(io.ordertrail.handover.domain.Team.INVENTORY, NOW.plusSeconds(150));
        order.fulfillmentReached(
                OrderStatus.IN_FULFILLMENT,
                "fulfillment",
                NOW.plusSeconds(180),
                Phrase.of("timeline.fulfillment", Phrase.label(io.ordertrail.fulfillment.domain.TaskStatus.PICKING)));
        order.fulfillmentReached(
                OrderStatus.DISPATCHED,
                "fulfillment",
                NOW.plusSeconds(240),
                Phrase.of(
                        "timeline.fulfillment", Phrase.label(io.ordertrail.fulfillment.domain.TaskStatus.DISPATCHED)));

        assertThat(order.getDoubleCheckedAt()).isEqualTo(NOW.plusSeconds(30));
        assertThat(order.getFirstRecordedAt()).isEqualTo(NOW.plusSeconds(30));
        assertThat(order.getConfirmedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(order.getTeamsAcknowledgedAt()).isEqualTo(NOW.plusSeconds(120));
        assertThat(order.getGoodsReadyAt()).isEqualTo(NOW.plusSeconds(240));
        assertThat(order.getLeftAt()).isEqualTo(NOW.plusSeconds(240));
    }

    @Test
    void anOrderWithoutFlagsIsRecordedWhenReceivedWithoutADoubleCheck() {
        Order order = recordedOrder();

        assertThat(order.getFirstRecordedAt()).isEqualTo(NOW);
        assertThat(order.getDoubleCheckedAt()).isNull();
    }

    @Test
    void aFailedConfirmationWaitsForSalesUntilAConfirmationReachesTheCustomer() {
        Order order = recordedOrder();
        order.confirmationFailed(NOW.plusSeconds(60));
        order.confirmationFailed(NOW.plusSeconds(120));
        assertThat(order.getConfirmationFailedAt()).isEqualTo(NOW.plusSeconds(60));

        order.confirmed(1, "sales", NOW.plusSeconds(180), Phrase.of("timeline.confirmedBy.CALL", "the buyer"));

        assertThat(order.getConfirmationFailedAt()).isNull();
        assertThat(order.getStatus()).isEqualTo(OrderStatus.CONFIRMED);
    }

    @Test
    void aCancelledOrdersFailedNoticeIsNoFailedConfirmation() {
        Order order = recordedOrder();
        order.moveTo(OrderStatus.CANCELLED, "sales", NOW.plusSeconds(60), "customer withdrew");

        order.confirmationFailed(NOW.plusSeconds(120));

        assertThat(order.getConfirmationFailedAt()).isNull();
    }

    @Test
    void onlyAnOrderThatHasLeftOrWasCancelledIsFinal() {
        assertThat(OrderStatus.open())
                .containsExactlyInAnyOrder(
                        OrderStatus.RECEIVED,
                        OrderStatus.VERIFIED,
                        OrderStatus.AWAITING_APPROVAL,
                        OrderStatus.RECORDED,
                        OrderStatus.CONFIRMED,
                        OrderStatus.IN_FULFILLMENT,
                        OrderStatus.ON_HOLD);
    }

    @Test
    void inventorysOutcomeIsKeptForTheCurrentVersionOnly() {
        Order order = recordedOrder();
        assertThat(order.getAvailability()).isEqualTo(Availability.UNCHECKED);

        assertThat(order.availabilityChecked(2, true, List.of(Phrase.of("reservation.reserved", "SItemNo001", "1"))))
                .isFalse();
        assertThat(order.getAvailability()).isEqualTo(Availability.UNCHECKED);

        assertThat(order.availabilityChecked(
                        1,
                        false,
                        List.of(
                                Phrase.of(
                                        "reservation.short",
                                        "SItemNo001",
                                        "1",
                                        "0",
                                        Phrase.of("availability.noReplenishment")),
                                Phrase.of("reservation.reserved", "SItemNo011", "2"))))
                .isTrue();
        assertThat(order.getAvailability()).isEqualTo(Availability.SHORTAGE);
        assertThat(order.getAvailabilityNote())
                .isEqualTo("SItemNo001: short by 1 (0 available), no replenishment planned; SItemNo011: 2 reserved");
    }

    @Test
    void aShortageFoundByInventoryMovesThePromiseLaterAndNeverEarlier() {
        Order order = recordedOrder();
        assertThat(order.getEstimatedDate()).isEqualTo(LocalDate.of(2026, 12, 1));

        assertThat(order.revisePromise(
                        1,
                        new DeliveryEstimate(LocalDate.of(2026, 11, 30), Phrase.of("estimate.inStock")),
                        "inventory",
                        NOW))
                .as("never earlier")
                .isEmpty();
        assertThat(order.revisePromise(
                        2,
                        new DeliveryEstimate(LocalDate.of(2026, 12, 9), Phrase.of("estimate.inStock")),
                        "inventory",
                        NOW))
                .as("another version's outcome")
                .isEmpty();
        assertThat(order.getEstimatedDate()).isEqualTo(LocalDate.of(2026, 12, 1));

        assertThat(order.revisePromise(
                        1, shortUntil(LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 9)), "inventory", NOW))
                .contains(LocalDate.of(2026, 12, 1));
        assertThat(order.getEstimatedDate()).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(order.getEstimateExplanation()).isEqualTo("short; stock expected Thu 3 Dec 2026");
        assertThat(order.getStatusChanges()).last().satisfies(change -> {
            assertThat(change.getChangedBy()).isEqualTo("inventory");
            assertThat(change.getReason())
                    .isEqualTo("Promised delivery date moved from Tue 1 Dec 2026 to Wed 9 Dec 2026:"
                            + " short; stock expected Thu 3 Dec 2026");
            assertThat(change.getReasonWhy().in(io.ordertrail.platform.i18n.Texts.in(java.util.Locale.GERMAN)))
                    .as("a German reader reads it in German")
                    .startsWith("Zugesagter Liefertermin verschoben vom Di., 1. Dez. 2026 auf Mi., 9. Dez. 2026: ");
        });

        assertThat(order.revisePromise(
                        1, new DeliveryEstimate(null, Phrase.of("estimate.noReplenishment")), "inventory", NOW))
                .as("withdrawn when no day can be given")
                .contains(LocalDate.of(2026, 12, 9));
        assertThat(order.getEstimatedDate()).isNull();
        assertThat(order.revisePromise(
                        1, shortUntil(LocalDate.of(2026, 12, 18), LocalDate.of(2026, 12, 20)), "inventory", NOW))
                .as("no promise to move any more")
                .isEmpty();
    }

    /** What inventory says of a short order: stock expected on one day, the goods with the customer on another. */
    private static DeliveryEstimate shortUntil(LocalDate stockExpected, LocalDate delivered) {
        return new DeliveryEstimate(delivered, Phrase.of("estimate.stockExpected", stockExpected));
    }
}
