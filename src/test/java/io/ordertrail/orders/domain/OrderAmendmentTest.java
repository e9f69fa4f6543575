package io.ordertrail.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordertrail.customers.domain.Customer;
import io.ordertrail.handover.domain.Team;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.i18n.Phrase;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** SOP step 6: amendments make new, verified versions of an order; some are refused, always saying why. */
class OrderAmendmentTest {

    private static final io.ordertrail.platform.i18n.Texts ENGLISH =
            io.ordertrail.platform.i18n.Texts.in(java.util.Locale.ENGLISH);

    private static final Instant NOW = Instant.parse("2026-11-26T10:15:30Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Set<RequestChannel> APPROVED = EnumSet.of(RequestChannel.PHONE, RequestChannel.EMAIL);
    private static final DeliveryEstimate ESTIMATE =
            new DeliveryEstimate(LocalDate.of(2026, 12, 1), Phrase.of("estimate.inStock"));
    private final Customer customer = new Customer("C-1001", "Johnssons byggvaror", null, null, "Rådhusgatan 5");

    private Order recordedOrder() {
        OrderDraft draft = new OrderDraft()
                .channel(Channel.PHONE)
                .customer("C-1001")
                .line("PAINT", 3)
                .line("BRUSH", 2)
                .delivery("Rådhusgatan 5");
        return Order.record(
                new OrderNumber("ORD-2026-000001"),
                draft,
                customer,
                verification(line("PAINT", "Falu Rödfärg", 3, "50.00"), line("BRUSH", "Pensel", 2, "15.00")),
                "sales",
                NOW,
                TODAY);
    }

    private static Order.PricedLine line(String code, String name, int quantity, String price) {
        return Order.PricedLine.atListPrice(code, name, quantity, new BigDecimal(price));
    }

    private static Verification verification(Order.PricedLine... lines) {
        return new Verification(
                List.of(lines), List.of(lines).stream().map(l -> "In stock").toList(), List.of(), ESTIMATE);
    }

    private static AmendmentRequest byPhone(AmendmentReason reason) {
        return new AmendmentRequest(
                RequestChannel.PHONE,
                "Eva Berg (buyer)",
                "called back on the number on file",
                "call 2026-11-26 10:10",
                reason,
                null);
    }

    private static OrderDraft changed() {
        return new OrderDraft()
                .channel(Channel.PHONE)
                .customer("C-1001")
                .line("PAINT", 5)
                .line("ROLLER", 1)
                .delivery("Rådhusgatan 5");
    }

    private static Verification changedVerification() {
        return verification(line("PAINT", "Falu Rödfärg", 5, "50.00"), line("ROLLER", "Roller", 1, "12.40"));
    }

    private OrderVersion amend(Order order, int from) {
        return order.amend(
                from,
                byPhone(AmendmentReason.QUANTITY_CHANGE),
                APPROVED,
                changed(),
                changedVerification(),
                "sales2",
                NOW.plusSeconds(60),
                TODAY);
    }

    @Test
    void anAmendmentMakesVersionTwoWithItsReasonRequestAndTheDifference() {
        Order order = recordedOrder();

        OrderVersion v2 = amend(order, 1);

        assertThat(order.getOrderVersion()).isEqualTo(2);
        assertThat(order.getLines())
                .extracting(OrderLine::getProductCode, OrderLine::getQuantity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("PAINT", 5),
                        org.assertj.core.groups.Tuple.tuple("ROLLER", 1));
        assertThat(order.getTotal()).isEqualByComparingTo("262.40");
        assertThat(order.getVersions()).extracting(OrderVersion::getVersion).containsExactly(1, 2);
        assertThat(v2.getReason()).contains(AmendmentReason.QUANTITY_CHANGE);
        assertThat(v2.getRequestChannel()).isEqualTo(RequestChannel.PHONE);
        assertThat(v2.getVerifiedHow()).isEqualTo("called back on the number on file");
        assertThat(v2.getChanges())
                .containsExactly(
                        "PAINT Falu Rödfärg: quantity 3 → 5",
                        "Added: 1 x ROLLER Roller at 12.40",
                        "Removed: 2 x BRUSH Pensel at 15.00",
                        "Total: 180.00 → 262.40");
        assertThat(order.getVersions().get(0).getContent().lines())
                .extracting(OrderContent.Line::quantity)
                .as("version 1 is kept as it was")
                .containsExactly(3, 2);
        assertThat(order.getStatus()).isEqualTo(OrderStatus.RECORDED);
    }

    @Test
    void aConfirmedOrderThatIsAmendedWaitsForReconfirmationListingTheChanges() {
        Order order = recordedOrder();
        order.confirmed(1, "sales", NOW, Phrase.of("timeline.confirmedBy.EMAIL", "buyer@example.com"));

        amend(order, 1);

        assertThat(order.isAwaitingReconfirmation()).isTrue();
        assertThat(order.changesSinceConfirmed(ENGLISH)).contains("PAINT Falu Rödfärg: quantity 3 → 5");
        order.confirmed(2, "sales", NOW.plusSeconds(120), Phrase.of("timeline.confirmedBy.EMAIL", "buyer@example.com"));
        assertThat(order.isAwaitingReconfirmation()).isFalse();
        assertThat(order.getStatus()).isEqualTo(OrderStatus.CONFIRMED);
    }

    @Test
    void theSecondOfTwoAmendmentsFromTheSameVersionIsAConflictAndChangesNothing() {
        Order order = recordedOrder();
        amend(order, 1);

        assertThatThrownBy(() -> amend(order, 1))
                .isInstanceOf(AmendmentConflict.class)
                .hasMessageContaining("was changed to version 2 by sales2 while you were working on version 1");
        assertThat(order.getOrderVersion()).isEqualTo(2);
        assertThat(order.getVersions()).hasSize(2);
    }

    @Test
    void aRequestThroughAnUnapprovedChannelOrWithoutVerificationIsRefused() {
        Order order = recordedOrder();
        AmendmentRequest bySocialMedia = new AmendmentRequest(
                RequestChannel.SOCIAL_MEDIA, "Eva", null, " ", AmendmentReason.QUANTITY_CHANGE, null);

        assertThatThrownBy(() ->
                        order.amend(1, bySocialMedia, APPROVED, changed(), changedVerification(), "sales", NOW, TODAY))
                .isInstanceOf(OrderRejected.class)
                .satisfies(e -> assertThat(((InputRejected) e).getProblems())
                        .extracting(InputRejected.Problem::field)
                        .containsExactly("requestChannel", "verifiedHow", "reference"))
                .hasMessageContaining("A request through “Social media” cannot be taken");
        assertThat(order.getOrderVersion()).isEqualTo(1);
        assertThat(order.getLines()).extracting(OrderLine::getQuantity).containsExactly(3, 2);
    }

    @Test
    void anAmendmentThatChangesNothingIsRefused() {
        Order order = recordedOrder();
        OrderDraft same = new OrderDraft()
                .channel(Channel.PHONE)
                .customer("C-1001")
                .line("PAINT", 3)
                .line("BRUSH", 2)
                .delivery("Rådhusgatan 5");

        assertThatThrownBy(() -> order.amend(
                        1,
                        byPhone(AmendmentReason.QUANTITY_CHANGE),
                        APPROVED,
                        same,
                        verification(line("PAINT", "Falu Rödfärg", 3, "50.00"), line("BRUSH", "Pensel", 2, "15.00")),
                        "sales",
                        NOW,
                        TODAY))
                .hasMessageContaining("Nothing was changed");
    }

    @Test
    void aDispatchedOrderCannotBeAmendedOrCancelled() {
        Order order = recordedOrder();
        order.confirmed(1, "sales", NOW, Phrase.of("timeline.confirmedBy.EMAIL", "buyer@example.com"));
        order.fulfillmentReached(
                OrderStatus.IN_FULFILLMENT,
                "pick",
                NOW,
                Phrase.of("timeline.fulfillment", Phrase.label(io.ordertrail.fulfillment.domain.TaskStatus.PICKING)));
        order.fulfillmentReached(
                OrderStatus.DISPATCHED,
                "pack",
                NOW,
                Phrase.of(
                        "timeline.fulfillment", Phrase.label(io.ordertrail.fulfillment.domain.TaskStatus.DISPATCHED)));

        assertThatThrownBy(() -> amend(order, 1))
                .hasMessageContaining("was dispatched on 2026-11-26, so it can no longer be amended or cancelled");
        assertThatThrownBy(() -> order.cancel(1, byPhone(AmendmentReason.CUSTOMER_CANCELLED), APPROVED, "sales", NOW))
                .hasMessageContaining("can no longer be amended or cancelled");
    }

    /** An amendment to v2 that a flag sends back for a manager's double-check. */
    private void amendFlagged(Order order, String by) {
        order.amend(
                1,
                byPhone(AmendmentReason.QUANTITY_CHANGE),
                APPROVED,
                changed(),
                new Verification(
                        changedVerification().lines(),
                        List.of("In stock", "In stock"),
                        List.of(new Flag(FlagType.UNUSUAL_QUANTITY, "PAINT: 50 ordered")),
                        ESTIMATE),
                by,
                NOW,
                TODAY);
    }

    @Test
    void aFlaggedAmendmentOfAConfirmedOrderWaitsForADoubleCheckAndReturnsToConfirmedWhenApproved() {
        Order order = recordedOrder();
        order.confirmed(1, "sales", NOW, Phrase.of("timeline.confirmedBy.EMAIL", "buyer@example.com"));

        amendFlagged(order, "sales");

        assertThat(order.getStatus()).isEqualTo(OrderStatus.AWAITING_APPROVAL);
        assertThatThrownBy(() -> order.fulfillmentReached(
                        OrderStatus.IN_FULFILLMENT,
                        "pick",
                        NOW,
                        Phrase.of(
                                "timeline.fulfillment",
                                Phrase.label(io.ordertrail.fulfillment.domain.TaskStatus.PICKING))))
                .hasMessageContaining("waits for a manager’s double-check");
        order.approve("manager", NOW.plusSeconds(60), null);
        assertThat(order.getStatus()).isEqualTo(OrderStatus.CONFIRMED);
    }

    @Test
    void whoeverMadeTheAmendmentAwaitingTheDoubleCheckCannotApproveIt() {
        Order order = recordedOrder();
        amendFlagged(order, "manager");

        assertThatThrownBy(() -> order.approve("manager", NOW.plusSeconds(60), null))
                .isInstanceOf(OrderRejected.class)
                .hasMessageContaining("You amended order ORD-2026-000001 to v2, so a second person must approve");
        assertThat(order.getStatus()).isEqualTo(OrderStatus.AWAITING_APPROVAL);

        order.approve("manager2", NOW.plusSeconds(60), null);

        assertThat(order.getStatus()).isEqualTo(OrderStatus.RECORDED);
        assertThat(order.getApprovedBy()).isEqualTo("manager2");
    }

    @Test
    void aFlaggedOrderAmendedWhileItWaitsKeepsWaitingForItsDoubleCheck() {
        OrderDraft draft = new OrderDraft()
                .channel(Channel.PHONE)
                .customer("C-1001")
                .line("PAINT", 3)
                .delivery("Rådhusgatan 5");
        Flag duplicate = new Flag(FlagType.LIKELY_DUPLICATE, "Same products as ORD-2026-000002");
        Order order = Order.record(
                new OrderNumber("ORD-2026-000009"),
                draft,
                customer,
                new Verification(
                        List.of(line("PAINT", "Falu Rödfärg", 3, "50.00")),
                        List.of("In stock"),
                        List.of(duplicate),
                        ESTIMATE),
                "sales",
                NOW,
                TODAY);

        order.amend(
                1,
                byPhone(AmendmentReason.QUANTITY_CHANGE),
                APPROVED,
                new OrderDraft()
                        .channel(Channel.PHONE)
                        .customer("C-1001")
                        .line("PAINT", 4)
                        .delivery("Rådhusgatan 5"),
                new Verification(
                        List.of(line("PAINT", "Falu Rödfärg", 4, "50.00")),
                        List.of("In stock"),
                        List.of(duplicate),
                        ESTIMATE),
                "sales",
                NOW,
                TODAY);

        assertThat(order.getStatus()).isEqualTo(OrderStatus.AWAITING_APPROVAL);
        assertThat(order.getOrderVersion()).isEqualTo(2);
    }

    @Test
    void aCancellationIsALastVersionWithItsReason() {
        Order order = recordedOrder();

        order.cancel(1, byPhone(AmendmentReason.CUSTOMER_CANCELLED), APPROVED, "sales", NOW);

        assertThat(order.getStatus()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.getOrderVersion()).isEqualTo(2);
        assertThat(order.getVersions().get(1).getChanges()).containsExactly("Order cancelled");
        assertThatThrownBy(() -> order.cancel(2, byPhone(AmendmentReason.QUANTITY_CHANGE), APPROVED, "sales", NOW))
                .hasMessageContaining("is cancelled");
    }

    @Test
    void aConfirmationWrittenBeforeAnAmendmentIsOutOfDateAndTheCancelledCustomerIsToldOnce() {
        Order order = recordedOrder();
        amend(order, 1);

        assertThatThrownBy(() ->
                        order.confirmed(1, "sales", NOW, Phrase.of("timeline.confirmedBy.EMAIL", "buyer@example.com")))
                .hasMessageContaining("was changed to v2 after this confirmation of v1 was written");
        order.cancel(2, byPhone(AmendmentReason.CUSTOMER_CANCELLED), APPROVED, "sales", NOW);
        assertThat(order.confirmed(3, "sales", NOW, Phrase.of("timeline.confirmedBy.EMAIL", "buyer@example.com")))
                .as("no status change")
                .isFalse();
        assertThat(order.getStatus()).isEqualTo(OrderStatus.CANCELLED);
        assertThatThrownBy(() ->
                        order.confirmed(3, "sales", NOW, Phrase.of("timeline.confirmedBy.EMAIL", "buyer@example.com")))
                .hasMessageContaining("the customer has been told");
    }

    @Test
    void aCancellationNeedsACancellationReason() {
        Order order = recordedOrder();

        assertThatThrownBy(() -> order.cancel(1, byPhone(AmendmentReason.QUANTITY_CHANGE), APPROVED, "sales", NOW))
                .hasMessageContaining("Choose a cancellation reason");
    }

    @Test
    void aSpecialRequestGoesToItsTypesTeamAndIsEscalatedOnlyOnceOverdue() {
        Order order = recordedOrder();

        SpecialRequest request = order.addSpecialRequest(
                2,
                SpecialRequestType.SUBSTITUTION,
                "Any brand of 50 mm brush",
                null,
                "sales",
                NOW,
                Duration.ofHours(4));

        assertThat(request.getTeam()).isEqualTo(Team.INVENTORY);
        assertThat(request.escalateIfOverdue(NOW.plus(Duration.ofHours(4)))).isFalse();
        assertThat(request.escalateIfOverdue(NOW.plus(Duration.ofHours(4)).plusSeconds(1)))
                .isTrue();
        assertThat(request.isEscalated()).isTrue();
        assertThat(request.escalateIfOverdue(NOW.plus(Duration.ofHours(5))))
                .as("escalated once")
                .isFalse();
    }

    @Test
    void theCustomerIsToldTheTextWrittenForThemOrAPlainOneButNeverTheTeamsReason() {
        Order order = recordedOrder();
        SpecialRequest asked = order.addSpecialRequest(
                null, SpecialRequestType.PACKAGING, "Wrap each tin", null, "sales", NOW, Duration.ofHours(4));
        SpecialRequest rejected = order.addSpecialRequest(
                null, SpecialRequestType.PACKAGING, "Gold ribbon", null, "sales", NOW, Duration.ofHours(4));
        SpecialRequest told = order.addSpecialRequest(
                null, SpecialRequestType.PACKAGING, "Blue paper", null, "sales", NOW, Duration.ofHours(4));

        assertThat(asked.describeForCustomer(ENGLISH))
                .isEqualTo("Packaging: Wrap each tin — we are checking that we can do this and will let you know");
        rejected.decide(RequestDecision.REJECTED, "Supplier of ribbon is unreliable, Bob refuses", "  ", "pack", NOW);
        told.decide(
                RequestDecision.ACCEPTED_WITH_CHANGE,
                "No blue in stock, green left over from the spring",
                " Wrapped in green paper, as we have no blue ",
                "pack",
                NOW);

        assertThat(rejected.describeForCustomer(ENGLISH))
                .isEqualTo("Packaging: Gold ribbon — we are sorry, we cannot do this; we will contact you about it");
        assertThat(told.describeForCustomer(ENGLISH))
                .isEqualTo("Packaging: Blue paper — Wrapped in green paper, as we have no blue");
        assertThat(rejected.describe()).as("staff still see the reason").contains("Bob refuses");
        assertThat(rejected.describeForCustomer(io.ordertrail.platform.i18n.Texts.in(java.util.Locale.GERMAN)))
                .as("a German customer reads the plain text in German")
                .isEqualTo("Verpackung: Gold ribbon — leider können wir das nicht tun; wir melden uns dazu bei Ihnen");
        assertThatThrownBy(() -> asked.decide(RequestDecision.ACCEPTED, "ok", "x".repeat(1001), "pack", NOW))
                .hasMessageContaining("The text for the customer");
    }

    @Test
    void aDecisionNeedsAReasonAndIsMadeOnce() {
        Order order = recordedOrder();
        SpecialRequest request = order.addSpecialRequest(
                null, SpecialRequestType.PACKAGING, "Wrap each tin", null, "sales", NOW, Duration.ofHours(4));

        assertThatThrownBy(() -> request.decide(RequestDecision.ACCEPTED, " ", "pack", NOW))
                .hasMessageContaining("Give the reason");
        request.decide(RequestDecision.ACCEPTED_WITH_CHANGE, "Wrapped in pairs: we have no single boxes", "pack", NOW);

        assertThat(request.describe())
                .isEqualTo("Packaging: Wrap each tin — accepted with a change: Wrapped in pairs:"
                        + " we have no single boxes");
        assertThatThrownBy(() -> request.decide(RequestDecision.REJECTED, "no", "pack2", NOW))
                .hasMessageContaining("already accepted with a change by pack");
    }

    @Test
    void aSpecialRequestOnALineTheOrderDoesNotHaveIsRefused() {
        Order order = recordedOrder();

        assertThatThrownBy(() -> order.addSpecialRequest(
                        7, SpecialRequestType.LABELLING, "Label with PO", null, "sales", NOW, Duration.ofHours(4)))
                .hasMessageContaining("The order has no line 7");
    }
}
