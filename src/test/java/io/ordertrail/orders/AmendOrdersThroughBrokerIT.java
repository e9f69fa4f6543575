package io.ordertrail.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.ordertrail.customers.application.CustomerDirectory;
import io.ordertrail.customers.domain.NewCustomer;
import io.ordertrail.inventory.application.StockQueries;
import io.ordertrail.inventory.domain.StockReservation;
import io.ordertrail.orders.application.OrderAmendments;
import io.ordertrail.orders.application.OrderIntake;
import io.ordertrail.orders.application.OrderQueries;
import io.ordertrail.orders.application.SpecialRequests;
import io.ordertrail.orders.domain.AmendmentConflict;
import io.ordertrail.orders.domain.AmendmentReason;
import io.ordertrail.orders.domain.AmendmentRequest;
import io.ordertrail.orders.domain.Availability;
import io.ordertrail.orders.domain.Channel;
import io.ordertrail.orders.domain.OrderDraft;
import io.ordertrail.orders.domain.OrderNumber;
import io.ordertrail.orders.domain.OrderStatus;
import io.ordertrail.orders.domain.RequestChannel;
import io.ordertrail.orders.domain.SpecialRequest;
import io.ordertrail.orders.domain.SpecialRequestType;
import io.ordertrail.orders.infrastructure.SpecialRequestEscalation;
import io.ordertrail.testsupport.AsSales;
import io.ordertrail.testsupport.ControlledClock;
import io.ordertrail.testsupport.HttpSession;
import io.ordertrail.testsupport.InContainer;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SOP steps 5 to 7 in the container, through the real broker: amended and cancelled orders reach inventory and
 * fulfillment in order, a cancellation gives its stock back, two amendments at once end in one version and one
 * conflict, and a special request nobody reviewed in time is escalated to the manager on a clock the test moves.
 * (A request reviewed by inventory reaching the confirmation and fulfillment is shown in the browser, signed in as
 * the inventory user: {@code @RunAs} of roles other than SALES is refused here.)
 */
@ExtendWith(ArquillianExtension.class)
@org.junit.jupiter.api.Order(1)
class AmendOrdersThroughBrokerIT {

    private static final String ADDRESS = "4 Canal Street, Manchester M1 3HE";

    @Deployment
    static WebArchive ordertrail() throws URISyntaxException {
        return InContainer.ordertrail();
    }

    @Inject
    OrderIntake intake;

    @Inject
    OrderAmendments amendments;

    @Inject
    OrderQueries orders;

    @Inject
    SpecialRequests specialRequests;

    @Inject
    SpecialRequestEscalation escalation;

    @Inject
    StockQueries stock;

    @Inject
    CustomerDirectory customers;

    @Inject
    AsSales asSales;

    @Inject
    ControlledClock clock;

    @Resource
    ManagedExecutorService executor;

    @ArquillianResource
    URL base;

    /** An order of a customer of its own, so no other test's orders flag it; handed over at once. */
    private String recordedOrder(int rollers) throws Exception {
        String customer = asSales.call(() -> customers.register(new NewCustomer(
                        "Amending customer " + UUID.randomUUID(), null, "buyer@example.com", null, ADDRESS)))
                .getCustomerNumber();
        String number = asSales.call(() -> intake.record(new OrderDraft()
                        .channel(Channel.PHONE)
                        .customer(customer)
                        .line("RLR-230", rollers)
                        .delivery(ADDRESS)))
                .value();
        awaitAvailability(number, 1);
        return number;
    }

    private void awaitAvailability(String number, int version) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var order =
                    asSales.call(() -> orders.byNumber(new OrderNumber(number))).orElseThrow();
            return order.getOrderVersion() == version
                    && order.getAvailability() == Availability.CONFIRMED
                    && asSales.call(() -> stock.reservationsOf(number)).stream()
                            .anyMatch(r -> r.getOrderVersion() == version);
        });
    }

    private static AmendmentRequest byPhone(AmendmentReason reason) {
        return new AmendmentRequest(
                RequestChannel.PHONE,
                "Per Olsson (buyer)",
                "called back on the number on file",
                "call " + Instant.now(),
                reason,
                null);
    }

    private static OrderDraft rollers(int quantity) {
        return new OrderDraft().line("RLR-230", quantity).delivery(ADDRESS);
    }

    private int reservedRollers() throws Exception {
        return asSales.call(() -> stock.atShippingLocation("RLR-230"))
                .orElseThrow()
                .getReserved();
    }

    private List<StockReservation> holding(String number) throws Exception {
        return asSales.call(() -> stock.reservationsOf(number)).stream()
                .filter(StockReservation::isHoldingStock)
                .toList();
    }

    @Test
    void anAmendedOrdersHandoversAreAppliedInOrderAndOnlyTheLatestVersionHoldsStock() throws Exception {
        String number = recordedOrder(2);
        int reservedWithVersionOne = reservedRollers();

        asSales.call(() ->
                amendments.amend(new OrderNumber(number), 1, byPhone(AmendmentReason.QUANTITY_CHANGE), rollers(6)));
        asSales.call(() -> amendments.amend(
                new OrderNumber(number),
                2,
                byPhone(AmendmentReason.INSTRUCTIONS_CHANGE),
                rollers(3).instructions("Ring the bell at the side door")));

        awaitAvailability(number, 3);
        assertThat(asSales.call(() -> orders.byNumber(new OrderNumber(number)))
                        .orElseThrow()
                        .getAvailabilityNote())
                .isEqualTo("RLR-230: 3 reserved");
        assertThat(holding(number))
                .extracting(
                        StockReservation::getOrderVersion,
                        StockReservation::getProductCode,
                        StockReservation::getQuantity)
                .containsExactly(tuple(3, "RLR-230", 3));
        assertThat(asSales.call(() -> stock.reservationsOf(number)))
                .filteredOn(r -> r.getOrderVersion() < 3)
                .as("what v1 (and v2, unless v3 overtook it on a redelivery) held was given back")
                .extracting(StockReservation::getReleasedAt)
                .isNotEmpty()
                .doesNotContainNull();
        assertThat(reservedRollers()).isEqualTo(reservedWithVersionOne - 2 + 3);
    }

    @Test
    void aCancellationReleasesWhatTheOrderHadReserved() throws Exception {
        int before = reservedRollers();
        String number = recordedOrder(4);
        assertThat(reservedRollers()).isEqualTo(before + 4);

        asSales.call(() -> amendments.cancel(new OrderNumber(number), 1, byPhone(AmendmentReason.CUSTOMER_CANCELLED)));

        await().atMost(Duration.ofSeconds(30)).until(() -> holding(number).isEmpty());
        assertThat(reservedRollers()).isEqualTo(before);
        assertThat(asSales.call(() -> orders.byNumber(new OrderNumber(number)))
                        .orElseThrow()
                        .getStatus())
                .isEqualTo(OrderStatus.CANCELLED);
        assertThat(asSales.call(() -> stock.reservationsOf(number)))
                .extracting(StockReservation::getReleasedAt)
                .doesNotContainNull();
    }

    @Test
    void anAmendmentFollowedAtOnceByACancellationLeavesNothingReserved() throws Exception {
        int before = reservedRollers();
        String number = recordedOrder(2);

        asSales.call(() ->
                amendments.amend(new OrderNumber(number), 1, byPhone(AmendmentReason.QUANTITY_CHANGE), rollers(5)));
        asSales.call(() -> amendments.cancel(new OrderNumber(number), 2, byPhone(AmendmentReason.CUSTOMER_CANCELLED)));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> asSales.call(() -> stock.reservationsOf(number)).stream()
                                .noneMatch(StockReservation::isHoldingStock)
                        && reservedRollers() == before);
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(10))
                .until(() -> holding(number).isEmpty());
    }

    @Test
    void twoAmendmentsOfOneOrderAtTheSameTimeMakeOneVersionAndOneConflict() throws Exception {
        String number = recordedOrder(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> attempts = new ArrayList<>();
        for (int quantity : new int[] {5, 7}) {
            attempts.add(executor.submit(() -> {
                start.await();
                return asSales.call(() -> amendments.amend(
                        new OrderNumber(number), 1, byPhone(AmendmentReason.QUANTITY_CHANGE), rollers(quantity)));
            }));
        }
        start.countDown();

        List<Integer> versions = new ArrayList<>();
        List<Throwable> conflicts = new ArrayList<>();
        for (Future<Integer> attempt : attempts) {
            try {
                versions.add(attempt.get());
            } catch (ExecutionException e) {
                conflicts.add(e.getCause());
            }
        }

        assertThat(versions).containsExactly(2);
        assertThat(conflicts)
                .singleElement()
                .isInstanceOf(AmendmentConflict.class)
                .extracting(Throwable::getMessage)
                .asString()
                .contains("was changed to version 2", "while you were working on version 1");
        var order = asSales.call(() -> orders.byNumber(new OrderNumber(number))).orElseThrow();
        assertThat(order.getOrderVersion()).isEqualTo(2);
        assertThat(order.getVersions()).hasSize(2);
    }

    @Test
    void aRequestNobodyReviewedInTimeIsEscalatedToTheManagersList() throws Exception {
        String number = recordedOrder(1);
        asSales.call(() -> specialRequests.add(
                new OrderNumber(number),
                null,
                SpecialRequestType.DELIVERY_WINDOW,
                "Deliver between 8 and 10 in the morning",
                null));
        try {
            escalation.escalateOverdue();
            assertThat(asSales.call(() -> specialRequests.forOrder(new OrderNumber(number))))
                    .singleElement()
                    .extracting(SpecialRequest::isEscalated)
                    .as("not due for four hours")
                    .isEqualTo(false);

            clock.moveForward(Duration.ofHours(4).plusMinutes(1));

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> asSales.call(() -> specialRequests.forOrder(new OrderNumber(number)))
                            .get(0)
                            .isEscalated()); // the escalation's own timer, every ten seconds

            HttpSession manager = new HttpSession(base.toURI());
            manager.signIn("manager", "demo");
            assertThat(manager.get("/review/escalations.xhtml").body())
                    .contains(number, "Deliver between 8 and 10 in the morning", "(escalated)");
            HttpSession sales = new HttpSession(base.toURI());
            sales.signIn("sales", "demo");
            assertThat(sales.get("/review/escalations.xhtml").statusCode())
                    .as("the manager's list only")
                    .isEqualTo(403);
        } finally {
            clock.reset();
        }
    }
}
