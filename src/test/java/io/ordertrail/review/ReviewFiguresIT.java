package io.ordertrail.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ordertrail.communication.application.OrderConfirmations;
import io.ordertrail.customers.application.CustomerDirectory;
import io.ordertrail.customers.domain.NewCustomer;
import io.ordertrail.fulfillment.application.FulfillmentWork;
import io.ordertrail.fulfillment.domain.FulfillmentTask;
import io.ordertrail.fulfillment.domain.TaskStatus;
import io.ordertrail.handover.application.HandoverReceipts;
import io.ordertrail.handover.domain.HandoverReceipt;
import io.ordertrail.handover.domain.Team;
import io.ordertrail.orders.application.OrderAmendments;
import io.ordertrail.orders.application.OrderIntake;
import io.ordertrail.orders.application.OrderQueries;
import io.ordertrail.orders.application.SpecialRequests;
import io.ordertrail.orders.domain.AmendmentOrigin;
import io.ordertrail.orders.domain.AmendmentReason;
import io.ordertrail.orders.domain.AmendmentRequest;
import io.ordertrail.orders.domain.Channel;
import io.ordertrail.orders.domain.FlagType;
import io.ordertrail.orders.domain.NeedsAttention;
import io.ordertrail.orders.domain.OrderDraft;
import io.ordertrail.orders.domain.OrderFact;
import io.ordertrail.orders.domain.OrderNumber;
import io.ordertrail.orders.domain.OrderRepository;
import io.ordertrail.orders.domain.OrderSearch;
import io.ordertrail.orders.domain.OrderStatus;
import io.ordertrail.orders.domain.RequestChannel;
import io.ordertrail.orders.domain.RequestDecision;
import io.ordertrail.orders.domain.SpecialRequestType;
import io.ordertrail.review.application.ComplianceChecks;
import io.ordertrail.review.application.ReviewFigures;
import io.ordertrail.review.application.ReviewReports;
import io.ordertrail.review.domain.Breach;
import io.ordertrail.review.domain.BreachKind;
import io.ordertrail.review.domain.ComplianceCheck;
import io.ordertrail.review.domain.KeptReport;
import io.ordertrail.review.domain.PeriodFigures;
import io.ordertrail.review.domain.PromiseFigures;
import io.ordertrail.review.domain.QualityFigures;
import io.ordertrail.review.domain.ReportMailing;
import io.ordertrail.review.domain.RequestFigures;
import io.ordertrail.review.domain.ReviewPeriod;
import io.ordertrail.review.domain.ReviewReport;
import io.ordertrail.review.domain.Stage;
import io.ordertrail.review.domain.StageTime;
import io.ordertrail.review.domain.Trend;
import io.ordertrail.security.Roles;
import io.ordertrail.security.UserAccounts;
import io.ordertrail.testsupport.AccountLanguage;
import io.ordertrail.testsupport.AsAdmin;
import io.ordertrail.testsupport.AsFulfillment;
import io.ordertrail.testsupport.AsInventory;
import io.ordertrail.testsupport.AsManager;
import io.ordertrail.testsupport.AsSales;
import io.ordertrail.testsupport.ControlledClock;
import io.ordertrail.testsupport.InContainer;
import io.ordertrail.testsupport.ItEnvironment;
import io.ordertrail.testsupport.PdfText;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The periodic review's figures (issue 17) on a dataset built with the clock stopped at each step, in 2031 so that
 * no other test's orders fall in its periods: March 2031 set against February, and an empty period. Every expected
 * value is worked out by hand in the comments.
 */
@ExtendWith(ArquillianExtension.class)
@org.junit.jupiter.api.Order(1)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class ReviewFiguresIT {

    private static final String SALES = "ordertrail-system-sales";
    private static final ReviewPeriod MARCH = ReviewPeriod.month(YearMonth.of(2031, 3));

    @Deployment
    static WebArchive ordertrail() throws URISyntaxException {
        return InContainer.ordertrail();
    }

    @Inject
    OrderIntake intake;

    @ArquillianResource
    URL base;

    @Inject
    OrderQueries orders;

    @Inject
    OrderRepository orderRepository;

    @Inject
    OrderConfirmations confirmations;

    @Inject
    HandoverReceipts receipts;

    @Inject
    FulfillmentWork fulfillment;

    @Inject
    CustomerDirectory customers;

    @Inject
    ReviewFigures review;

    @Inject
    SpecialRequests specialRequests;

    @Inject
    OrderAmendments amendments;

    @Inject
    ReviewReports reports;

    @Inject
    ComplianceChecks compliance;

    @Inject
    AsSales asSales;

    @Inject
    AsManager asManager;

    @Inject
    AsAdmin asAdmin;

    @Inject
    UserAccounts accounts;

    @Inject
    AccountLanguage accountLanguage;

    @Inject
    AsInventory asInventory;

    @Inject
    AsFulfillment asFulfillment;

    @Inject
    ControlledClock clock;

    /** The dataset, built once for all tests of the class. */
    private static Dataset dataset;

    private record Dataset(
            String unconfirmedCustomer,
            String unconfirmedOrder,
            String dispatched,
            String readyLate,
            String doubleChecked) {}

    @BeforeEach
    void buildTheDatasetOnce() throws Exception {
        if (intake == null) {
            return; // a test run as the client, outside the container
        }
        if (dataset == null) {
            dataset = build();
        }
    }

    @AfterEach
    void letTheClockRun() {
        if (clock != null) {
            clock.reset();
        }
    }

    private Dataset build() throws Exception {
        // February: one phone order, confirmed after 30 minutes
        at("2031-02-10T09:00:00Z");
        String f1 = record(phoneOrder("1 Feb Street"));
        at("2031-02-10T09:30:00Z");
        confirmByCall(f1);

        // March, M1: a phone order recorded at once, confirmed after an hour, both teams acknowledge by 11:00 (two
        // hours after recording), dispatched at 09:00 the next day (23 hours after its confirmation); a packaging
        // request on it is rejected by fulfillment two hours after it was added
        at("2031-03-03T09:00:00Z");
        String m1 = record(phoneOrder("3 March Street"));
        at("2031-03-03T09:10:00Z");
        long packaging = addRequest(m1, SpecialRequestType.PACKAGING);
        at("2031-03-03T10:00:00Z");
        confirmByCall(m1);
        at("2031-03-03T10:30:00Z");
        acknowledge(m1, Team.INVENTORY);
        at("2031-03-03T11:00:00Z");
        acknowledge(m1, Team.FULFILLMENT);
        at("2031-03-03T11:10:00Z");
        decide(asFulfillment, packaging, RequestDecision.REJECTED);
        FulfillmentTask task = await().atMost(Duration.ofSeconds(30))
                .until(() -> asManager.call(() -> fulfillment.forOrder(m1)).orElse(null), t -> t != null);
        at("2031-03-04T08:00:00Z");
        asManager.call(() -> fulfillment.advance(task.getId(), TaskStatus.PICKING, null, null));
        at("2031-03-04T08:30:00Z");
        asManager.call(() -> fulfillment.advance(task.getId(), TaskStatus.PACKED, null, null));
        at("2031-03-04T09:00:00Z");
        asManager.call(() -> fulfillment.advance(task.getId(), TaskStatus.DISPATCHED, "DHL", "JD0146"));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> asSales.call(() -> orders.byNumber(new OrderNumber(m1)))
                                .orElseThrow()
                                .getStatus()
                        == OrderStatus.DISPATCHED);

        // M2: a phone order to a new address, so flagged; a manager approves it two hours later, and it is confirmed
        // a quarter of an hour after that
        at("2031-03-05T09:00:00Z");
        String m2 = record(new OrderDraft()
                .channel(Channel.PHONE)
                .customer(newCustomer("1 Known Road"))
                .line("RLR-230", 1)
                .delivery("99 Unknown Street"));
        at("2031-03-05T11:00:00Z");
        asManager.call(() -> {
            intake.approve(new OrderNumber(m2), "new site confirmed with the buyer");
            return null;
        });
        at("2031-03-05T11:15:00Z");
        confirmByCall(m2);

        // M3: an email order confirmed after 20 minutes, with a substitution request inventory accepts after an hour;
        // its goods are ready for pickup on the 20th
        at("2031-03-06T09:00:00Z");
        String m3 = record(emailOrder(newCustomer(null)));
        at("2031-03-06T09:05:00Z");
        long substitution = addRequest(m3, SpecialRequestType.SUBSTITUTION);
        at("2031-03-06T09:20:00Z");
        confirmByCall(m3);
        at("2031-03-06T10:05:00Z");
        decide(asInventory, substitution, RequestDecision.ACCEPTED);
        FulfillmentTask pickup = await().atMost(Duration.ofSeconds(30))
                .until(() -> asManager.call(() -> fulfillment.forOrder(m3)).orElse(null), t -> t != null);
        at("2031-03-20T08:00:00Z");
        asManager.call(() -> fulfillment.advance(pickup.getId(), TaskStatus.PICKING, null, null));
        asManager.call(() -> fulfillment.advance(pickup.getId(), TaskStatus.PACKED, null, null));
        at("2031-03-20T09:00:00Z");
        asManager.call(() -> fulfillment.advance(pickup.getId(), TaskStatus.READY_FOR_PICKUP, null, null));

        // M4: an email order nobody confirms, amended twice: the customer's change of quantity, then our entry error
        at("2031-03-10T09:00:00Z");
        String m4Customer = newCustomer(null);
        String m4 = record(emailOrder(m4Customer));
        at("2031-03-10T09:30:00Z");
        amend(m4, 1, AmendmentReason.QUANTITY_CHANGE, 3);
        at("2031-03-10T09:40:00Z");
        amend(m4, 2, AmendmentReason.ENTRY_CORRECTION, 4);

        // M5: a phone order to a new address that still waits for its double-check
        at("2031-03-12T09:00:00Z");
        record(new OrderDraft()
                .channel(Channel.PHONE)
                .customer(newCustomer("2 Known Road"))
                .line("RLR-230", 1)
                .delivery("98 Unknown Street"));

        // April: outside March
        at("2031-04-01T00:30:00Z");
        record(phoneOrder("4 April Street"));
        return new Dataset(m4Customer, m4, m1, m3, m2);
    }

    @Test
    void volumeIsCountedByChannelAndByWhoTookTheOrders() throws Exception {
        PeriodFigures march = report().current();

        assertThat(march.orders()).isEqualTo(5);
        assertThat(march.byChannel())
                .isEqualTo(Map.of(Channel.PHONE, 3L, Channel.EMAIL, 2L, Channel.ONLINE, 0L, Channel.ERP, 0L));
        assertThat(march.byStaff()).isEqualTo(Map.of(SALES, 5L));
        // the trend: one point a day, each day in the business zone
        assertThat(march.trend().ordersByDay())
                .isEqualTo(Map.of(
                        LocalDate.of(2031, 3, 3), 1L,
                        LocalDate.of(2031, 3, 5), 1L,
                        LocalDate.of(2031, 3, 6), 1L,
                        LocalDate.of(2031, 3, 10), 1L,
                        LocalDate.of(2031, 3, 12), 1L));
        assertThat(march.trend().points()).hasSize(31);
        assertThat(march.trend().points().get(2))
                .isEqualTo(new Trend.Point(LocalDate.of(2031, 3, 3), LocalDate.of(2031, 3, 3), 1));
        assertThat(march.trend().points().get(3).orders()).isZero();
    }

    @Test
    void stageTimesAreMediansAndNinetiethPercentilesOfTheOrdersThatReachedTheStage() throws Exception {
        PeriodFigures march = report().current();

        // received → recorded: 0, 7200 (M2 waited for its double-check), 0, 0 (M5 never) → median 0, 90th 7200
        assertThat(march.stage(Stage.RECEIVED_TO_RECORDED)).isEqualTo(time(4, 0, 7200));
        assertThat(march.stage(Stage.RECEIVED_TO_RECORDED, Channel.PHONE)).isEqualTo(time(2, 0, 7200));
        assertThat(march.stage(Stage.RECEIVED_TO_RECORDED, Channel.EMAIL)).isEqualTo(time(2, 0, 0));
        // double-check: M2 only
        assertThat(march.stage(Stage.DOUBLE_CHECK)).isEqualTo(time(1, 7200, 7200));
        assertThat(march.stage(Stage.DOUBLE_CHECK, Channel.EMAIL)).isEqualTo(StageTime.NONE);
        // recorded → confirmed: M1 3600, M2 900, M3 1200 (M4 never) → sorted 900, 1200, 3600
        assertThat(march.stage(Stage.RECORDED_TO_CONFIRMED)).isEqualTo(time(3, 1200, 3600));
        // of an even number, the lower middle one: 900 and 3600 → 900
        assertThat(march.stage(Stage.RECORDED_TO_CONFIRMED, Channel.PHONE)).isEqualTo(time(2, 900, 3600));
        assertThat(march.stage(Stage.RECORDED_TO_CONFIRMED, Channel.EMAIL)).isEqualTo(time(1, 1200, 1200));
        // both teams acknowledged: M1 only, the later of the two at 11:00
        assertThat(march.stage(Stage.RECORDED_TO_ACKNOWLEDGED)).isEqualTo(time(1, 7200, 7200));
        // confirmed → dispatched: M1, 23 hours
        assertThat(march.stage(Stage.CONFIRMED_TO_LEFT)).isEqualTo(time(1, 82800, 82800));
        assertThat(march.stage(Stage.CONFIRMED_TO_LEFT, Channel.ONLINE)).isEqualTo(StageTime.NONE);
    }

    @Test
    void qualityCountsFlagsDoubleChecksAmendmentsByReasonAndWhoseDoingTheyWere() throws Exception {
        QualityFigures quality = report().current().quality();

        assertThat(quality.flaggedOrders()).isEqualTo(2); // M2 and M5
        assertThat(quality.flaggedBy()).isEqualTo(Map.of(FlagType.NEW_DELIVERY_ADDRESS, 2L));
        assertThat(quality.doubleChecksApproved()).isEqualTo(1);
        assertThat(quality.doubleChecksCancelled()).isZero();
        assertThat(quality.doubleChecksWaiting()).isEqualTo(1);
        assertThat(quality.amendmentsBy())
                .isEqualTo(Map.of(AmendmentReason.QUANTITY_CHANGE, 1L, AmendmentReason.ENTRY_CORRECTION, 1L));
        assertThat(QualityFigures.per100(quality.amendments(), 5)).isEqualTo(40.0);
        assertThat(quality.amendments(AmendmentOrigin.OUR_ERROR)).isEqualTo(1);
        assertThat(quality.ordersAmendedFor())
                .isEqualTo(Map.of(
                        AmendmentOrigin.CUSTOMER, 1L, AmendmentOrigin.OUR_ERROR, 1L, AmendmentOrigin.OUR_SUPPLY, 0L));
        assertThat(quality.confirmationsFailed()).isZero();
        assertThat(quality.confirmationsRetried()).isZero();
        assertThat(quality.erpRefusedBy()).isEmpty();
        // the drill-down: exactly the order amended for our error
        assertThat(asSales.call(() -> orders.page(
                        OrderSearch.all()
                                .receivedBetween(MARCH.first(), MARCH.last())
                                .amendedFor(AmendmentOrigin.OUR_ERROR),
                        null,
                        true,
                        0,
                        10)))
                .extracting(o -> o.getOrderNumber().value())
                .containsExactly(dataset.unconfirmedOrder());
    }

    @Test
    void promisesAreJudgedByTheFirstPromisedDateAndRequestsByTypeOutcomeAndTimeToDecide() throws Exception {
        PeriodFigures march = report().current();
        LocalDate m1Promised = promisedDate(dataset.dispatched());
        LocalDate m3Promised = promisedDate(dataset.readyLate());
        long m3DaysLate = java.time.temporal.ChronoUnit.DAYS.between(m3Promised, LocalDate.of(2031, 3, 20));
        assertThat(m1Promised)
                .as("M1 was dispatched on the 4th, by its promise")
                .isAfterOrEqualTo(LocalDate.of(2031, 3, 4));
        assertThat(m3DaysLate).as("M3 was ready on the 20th, after its promise").isPositive();

        assertThat(march.promises()).isEqualTo(new PromiseFigures(2, 1, 1, m3DaysLate, m3DaysLate));
        assertThat(march.promises().onTimePercent()).isEqualTo(50.0);

        RequestFigures requests = march.requests();
        assertThat(requests.byType())
                .isEqualTo(Map.of(SpecialRequestType.PACKAGING, 1L, SpecialRequestType.SUBSTITUTION, 1L));
        assertThat(requests.byOutcome()).isEqualTo(Map.of(RequestDecision.REJECTED, 1L, RequestDecision.ACCEPTED, 1L));
        // decided after 7200 s (M1) and 3600 s (M3)
        assertThat(requests.timeToDecide()).isEqualTo(time(2, 3600, 7200));
        assertThat(requests.escalated()).isZero();
        // the longest median: confirmed → dispatched (23 h), longer than acknowledgement (2 h) and confirmation
        assertThat(march.bottleneck()).contains(Stage.CONFIRMED_TO_LEFT);
        assertThat(report().previous().promises()).isEqualTo(new PromiseFigures(0, 0, 0, null, null));
        assertThat(report().previous().promises().onTimePercent()).isNull();
    }

    /**
     * Each figure's drill-down (the order list's {@code fact} filter, in JPQL) finds as many orders as the figure
     * counted (native SQL): the same rule written twice, checked against each other and against the hand count.
     */
    @Test
    void eachFigureOpensExactlyTheOrdersBehindIt() throws Exception {
        PeriodFigures march = report().current();
        for (Stage stage : Stage.values()) {
            assertThat(ordersInMarch(stage.reachedItsEnd()))
                    .as(stage.name())
                    .isEqualTo(march.stage(stage).orders());
        }
        assertThat(ordersInMarch(OrderFact.of(OrderFact.Kind.RECORDED))).isEqualTo(4); // M1 to M4
        assertThat(ordersInMarch(OrderFact.of(OrderFact.Kind.DOUBLE_CHECKED)))
                .isEqualTo(march.quality().doubleChecksApproved())
                .isEqualTo(1); // M2
        assertThat(ordersInMarch(OrderFact.of(OrderFact.Kind.CANCELLED_BEFORE_DOUBLE_CHECK)))
                .isEqualTo(march.quality().doubleChecksCancelled())
                .isZero();
        assertThat(ordersInMarch(OrderFact.of(OrderFact.Kind.AMENDED))).isEqualTo(1); // M4
        assertThat(ordersInMarch(OrderFact.of(OrderFact.Kind.REASON, AmendmentReason.QUANTITY_CHANGE)))
                .isEqualTo(1);
        assertThat(ordersInMarch(OrderFact.of(OrderFact.Kind.REASON, AmendmentReason.PRICE_CORRECTION)))
                .isZero();
        assertThat(ordersInMarch(OrderFact.of(OrderFact.Kind.REQUEST)))
                .isEqualTo(march.requests().requests());
        for (SpecialRequestType type : SpecialRequestType.values()) {
            assertThat(ordersInMarch(OrderFact.of(OrderFact.Kind.REQUEST_TYPE, type)))
                    .as(type.name())
                    .isEqualTo(march.requests().byType().getOrDefault(type, 0L));
        }
        for (RequestDecision outcome : RequestDecision.values()) {
            assertThat(ordersInMarch(OrderFact.of(OrderFact.Kind.REQUEST_OUTCOME, outcome)))
                    .as(outcome.name())
                    .isEqualTo(march.requests().byOutcome().getOrDefault(outcome, 0L));
        }
        assertThat(ordersInMarch(OrderFact.of(OrderFact.Kind.REQUEST_DECIDED)))
                .isEqualTo(march.requests().timeToDecide().orders())
                .isEqualTo(2); // M1's packaging, M3's substitution
        assertThat(ordersInMarch(OrderFact.of(OrderFact.Kind.REQUEST_ESCALATED)))
                .isEqualTo(march.requests().escalated())
                .isZero();
    }

    /**
     * The drill-downs open the order list, whose pages count a filtered list only up to a limit (a million orders'
     * count costs more than the page): March's orders, counted up to one fewer than there are, are "more than" that;
     * up to as many or more, counted exactly.
     */
    @Test
    void theOrderListCountsAFilteredListUpToItsLimitAndThenSaysMoreThan() throws Exception {
        OrderSearch march = OrderSearch.all().receivedBetween(MARCH.first(), MARCH.last());
        long inMarch = asManager.call(() -> orders.count(march));
        assertThat(inMarch).as("M1 to M4 at least").isGreaterThanOrEqualTo(4);
        int fewer = Math.toIntExact(inMarch - 1);
        assertThat(asManager.call(() -> orderRepository.countForList(march, fewer)))
                .isEqualTo(new OrderRepository.ListCount(fewer, OrderRepository.ListCount.Kind.MORE_THAN));
        assertThat(asManager.call(() -> orderRepository.countForList(march, Math.toIntExact(inMarch))))
                .isEqualTo(new OrderRepository.ListCount(inMarch, OrderRepository.ListCount.Kind.EXACT));
        assertThat(asManager.call(() -> orderRepository.countForList(march, OrderQueries.LIST_COUNTED_AT_MOST)))
                .isEqualTo(new OrderRepository.ListCount(inMarch, OrderRepository.ListCount.Kind.EXACT));
        assertThat(asManager.call(
                        () -> orderRepository.countForList(march.withFact(OrderFact.of(OrderFact.Kind.AMENDED)), 1)))
                .as("M4 alone, within a limit of one")
                .isEqualTo(new OrderRepository.ListCount(1, OrderRepository.ListCount.Kind.EXACT));
    }

    private long ordersInMarch(OrderFact fact) throws Exception {
        return asManager.call(() -> orders.count(
                OrderSearch.all().receivedBetween(MARCH.first(), MARCH.last()).withFact(fact)));
    }

    @Test
    void eachFigureIsSetAgainstThePreviousPeriod() throws Exception {
        ReviewReport report = report();
        PeriodFigures february = report.previous();

        assertThat(february.period()).isEqualTo(ReviewPeriod.month(YearMonth.of(2031, 2)));
        assertThat(february.orders()).isEqualTo(1);
        assertThat(february.ordersBy(Channel.PHONE)).isEqualTo(1);
        assertThat(february.ordersBy(Channel.EMAIL)).isZero();
        assertThat(february.trend().ordersByDay()).isEqualTo(Map.of(LocalDate.of(2031, 2, 10), 1L));
        assertThat(february.trend().points()).hasSize(28);
        assertThat(february.stage(Stage.RECORDED_TO_CONFIRMED)).isEqualTo(time(1, 1800, 1800));
        assertThat(february.stage(Stage.CONFIRMED_TO_LEFT)).isEqualTo(StageTime.NONE);
    }

    @Test
    void anEmptyPeriodHasNoOrdersAndNoTimes() throws Exception {
        PeriodFigures june = asManager
                .call(() -> review.report(ReviewPeriod.month(YearMonth.of(2031, 6))))
                .current();

        assertThat(june.orders()).isZero();
        assertThat(june.byChannel().values()).containsOnly(0L);
        assertThat(june.byStaff()).isEmpty();
        assertThat(june.trend().points())
                .hasSize(30)
                .allSatisfy(point -> assertThat(point.orders()).isZero());
        assertThat(june.bottleneck()).isEmpty();
        assertThat(june.quality().flaggedOrders()).isZero();
        assertThat(june.quality().amendmentsBy()).isEmpty();
        assertThat(june.requests().requests()).isZero();
        assertThat(june.requests().timeToDecide()).isEqualTo(StageTime.NONE);
        for (Stage stage : Stage.values()) {
            assertThat(june.stage(stage)).as(stage.name()).isEqualTo(StageTime.NONE);
            assertThat(june.stage(stage, Channel.PHONE)).as(stage.name()).isEqualTo(StageTime.NONE);
        }
    }

    @Test
    void anOrderLeftRecordedIsAwaitingConfirmationAndStuckOnceItsThresholdHasPassed() throws Exception {
        OrderSearch awaiting =
                OrderSearch.needing(NeedsAttention.AWAITING_CONFIRMATION).forCustomer(dataset.unconfirmedCustomer());
        at("2031-03-10T12:59:00Z");
        assertThat(asSales.call(() -> orders.count(awaiting))).isEqualTo(1);
        assertThat(asSales.call(() -> orders.count(awaiting.stuck(OrderStatus.RECORDED, Duration.ofHours(4)))))
                .as("3 h 59 min after recording")
                .isZero();

        at("2031-03-10T13:01:00Z");
        assertThat(asSales.call(() ->
                        orders.page(awaiting.stuck(OrderStatus.RECORDED, Duration.ofHours(4)), null, true, 0, 10)))
                .extracting(o -> o.getOrderNumber().value())
                .containsExactly(dataset.unconfirmedOrder());
        assertThat(asSales.call(() -> orders.count(awaiting.recordedBy("someone else"))))
                .isZero();
        assertThat(asSales.call(() -> orders.count(awaiting.needingAttention(NeedsAttention.SHORT))))
                .isZero();
    }

    /** A manager who chose German on their account, mailed the report in German. */
    private static final String GERMAN_MANAGER = "leitung-review";

    @Test
    @org.junit.jupiter.api.Order(1)
    void theMonthsReportIsMadeOnceOnTheFirstOfTheNextMonthKeptAndMailedToEveryManager() throws Exception {
        asAdmin.call(() -> accounts.create(new UserAccounts.AccountDetails(
                GERMAN_MANAGER, "Leitung Review", GERMAN_MANAGER + "@ordertrail.invalid", Set.of(Roles.MANAGER))));
        accountLanguage.choose(GERMAN_MANAGER, "de");
        at("2031-04-01T05:59:00Z");
        asManager.call(() -> reports.sendDue());
        assertThat(keptReportOf(MARCH)).as("not due before 06:00").isEmpty();

        at("2031-04-01T07:00:00Z");
        asManager.call(() -> reports.sendDue());

        KeptReport march = keptReportOf(MARCH).orElseThrow();
        assertThat(march.getMailings()).extracting(ReportMailing::getRecipient).contains("manager", GERMAN_MANAGER);
        assertThat(march.getMailings())
                .allSatisfy(m -> assertThat(m.getMailedAt()).isNotNull());
        assertThat(march.getMailings())
                .filteredOn(m -> m.getRecipient().equals(GERMAN_MANAGER))
                .extracting(ReportMailing::getLanguage)
                .containsExactly(java.util.Locale.GERMAN);
        String text = pdfToText(asManager
                .call(() -> reports.pdf(march.getId(), java.util.Locale.ENGLISH))
                .orElseThrow()
                .content());
        assertThat(text)
                .contains("Order desk review: March 2031", "Orders received 2031-03-01 to 2031-03-31")
                .containsPattern("All channels\\s+5\\s*/\\s*1");
        // the copy kept for a manager who reads German is the German one that was mailed
        String german = pdfToText(asManager
                .call(() -> reports.pdf(march.getId(), java.util.Locale.GERMAN))
                .orElseThrow()
                .content());
        assertThat(german)
                .contains(
                        "Auswertung des Auftragsdesks: März 2031", "Aufträge eingegangen vom 01.03.2031 bis 31.03.2031")
                .containsPattern("Alle Kanäle\\s+5\\s*/\\s*1");
        assertThat(asManager.call(() -> reports.sendDue()))
                .as("made and mailed once")
                .isZero();
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    @RunAsClient
    void theManagerReceivesTheReportAsAPdfReadableWithPdftotext() throws Exception {
        MimeMessage mail = mailTo("manager@ordertrail.invalid", "Order desk review: March 2031");
        Multipart parts = (Multipart) mail.getContent();
        BodyPart pdf = parts.getBodyPart(1);
        assertThat(pdf.getFileName()).isEqualTo("review-2031-03-01-to-2031-03-31.pdf");
        assertThat(pdfToText(pdf.getInputStream().readAllBytes()))
                .contains("2031-03-01 to 2031-03-31")
                .containsPattern("Phone\\s+3\\s*/\\s*1");
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    @RunAsClient
    void aManagerWhoChoseGermanReceivesTheReportAndItsMailInGerman() throws Exception {
        MimeMessage mail = mailTo(GERMAN_MANAGER + "@ordertrail.invalid", "Auswertung des Auftragsdesks: März 2031");
        Multipart parts = (Multipart) mail.getContent();
        assertThat((String) parts.getBodyPart(0).getContent())
                .startsWith("Anbei die Auswertung des Auftragsdesks für März 2031 (01.03.2031 bis 31.03.2031).");
        String report = pdfToText(parts.getBodyPart(1).getInputStream().readAllBytes());
        assertThat(report)
                .contains("verglichen mit Februar 2031", "ENGPASS:", "Markierte Aufträge:")
                .containsPattern("Telefon\\s+3\\s*/\\s*1")
                .doesNotContain("Orders", "median", "Phone", "previous period");
    }

    /**
     * The manager opens the dashboard for a past month, March 2031, whose every order this class took: the charts are
     * drawn, and the "amendments: our error" figure opens exactly the one order amended for our error (M4). In a class
     * of its own, which the container never loads: it drives a browser.
     */
    @Test
    @org.junit.jupiter.api.Order(3)
    @RunAsClient
    void theManagerOpensMarchSeesItsChartsAndDrillsDownFromAmendmentsForOurErrorToThatOrder() throws Exception {
        MarchInBrowser.drillDownFromAmendmentsForOurError(base.toURI());
    }

    /** The mail to the address with the subject, once GreenMail has it. */
    private static MimeMessage mailTo(String address, String subject) {
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> ItEnvironment.mail().received().stream()
                                .filter(m -> recipientOf(m).equals(address))
                                .filter(m -> subjectOf(m).equals(subject))
                                .findFirst()
                                .orElse(null),
                        m -> m != null);
    }

    private static String subjectOf(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipientOf(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private java.util.Optional<KeptReport> keptReportOf(ReviewPeriod period) throws Exception {
        return asManager.call(() -> reports.kept()).stream()
                .filter(r -> r.getPeriod().equals(period))
                .findFirst();
    }

    /** The PDF's text as poppler's pdftotext reads it, as a person's PDF reader would show it. */
    private static String pdfToText(byte[] pdf) throws Exception {
        return PdfText.of(pdf);
    }

    @Test
    void theComplianceCheckListsTheBreachesOfTheSopWithWhenEachWasDue() throws Exception {
        at("2031-03-10T14:00:00Z");

        ComplianceCheck check = asManager.call(() -> compliance.run());

        Set<String> ours =
                Set.of(dataset.unconfirmedOrder(), dataset.dispatched(), dataset.readyLate(), dataset.doubleChecked());
        List<Breach> found = check.getBreaches().stream()
                .filter(b -> ours.contains(b.getOrderNumber()))
                .toList();
        // M4 was recorded at 09:00 and is not confirmed: due at 13:00 (4 hours)
        assertThat(found)
                .filteredOn(b -> b.getKind() == BreachKind.UNCONFIRMED)
                .extracting(Breach::getOrderNumber, Breach::getSince)
                .containsExactly(Assertions.tuple(dataset.unconfirmedOrder(), Instant.parse("2031-03-10T13:00:00Z")));
        // M2's and M3's handovers were acknowledged by neither team; of M1's, each team acknowledged the first, and
        // each later one (its confirmation, the decided request) is listed, received more than 2 hours before
        assertThat(found)
                .filteredOn(b -> b.getKind() == BreachKind.HANDOVER_NOT_ACKNOWLEDGED)
                .extracting(Breach::getOrderNumber)
                .contains(dataset.doubleChecked(), dataset.readyLate());
        long m1Unacknowledged = asSales.call(() -> receipts.forOrder(dataset.dispatched())).stream()
                .filter(r -> !r.isAcknowledged())
                .count();
        assertThat(found)
                .filteredOn(b -> b.getKind() == BreachKind.HANDOVER_NOT_ACKNOWLEDGED
                        && b.getOrderNumber().equals(dataset.dispatched()))
                .hasSize((int) m1Unacknowledged);
        assertThat(asSales.call(() -> receipts.forOrder(dataset.dispatched())))
                .as("M1's first handovers were acknowledged, so they are not listed")
                .anyMatch(HandoverReceipt::isAcknowledged);
        assertThat(found)
                .filteredOn(b ->
                        b.getKind() == BreachKind.REQUEST_NOT_REVIEWED || b.getKind() == BreachKind.NOT_RECONFIRMED)
                .as("every request was decided in time; nothing confirmed was amended")
                .isEmpty();
        assertThat(asManager.call(() -> compliance.latest()).orElseThrow().getBreaches())
                .hasSameSizeAs(check.getBreaches());
        assertThat(asManager.call(() -> compliance.breachesAtLastCheck()).getAsLong())
                .isEqualTo(check.getBreaches().size());
    }

    private ReviewReport report() throws Exception {
        return asManager.call(() -> review.report(MARCH));
    }

    private static StageTime time(long orders, long medianSeconds, long p90Seconds) {
        return new StageTime(orders, Duration.ofSeconds(medianSeconds), Duration.ofSeconds(p90Seconds));
    }

    /** Where the stopped clock stands. */
    private Instant now;

    private void at(String instant) {
        now = Instant.parse(instant);
        clock.stopAt(now);
    }

    private String newCustomer(String address) throws Exception {
        return asSales.call(() -> customers.register(new NewCustomer(
                        "Review customer " + UUID.randomUUID(), null, "buyer@example.com", null, address)))
                .getCustomerNumber();
    }

    /** A phone order of a customer of its own, delivered to the customer's address: no flag. */
    private OrderDraft phoneOrder(String address) throws Exception {
        return new OrderDraft()
                .channel(Channel.PHONE)
                .customer(newCustomer(address))
                .line("RLR-230", 2)
                .delivery(address);
    }

    private static OrderDraft emailOrder(String customer) {
        return new OrderDraft()
                .channel(Channel.EMAIL)
                .sourceEmail("From: buyer@example.com\nSubject: rollers\n\n2 rollers please")
                .customer(customer)
                .line("RLR-230", 2)
                .pickup("Main warehouse counter");
    }

    private long addRequest(String number, SpecialRequestType type) throws Exception {
        return asSales.call(
                () -> specialRequests.add(new OrderNumber(number), null, type, "As agreed on the phone", null));
    }

    private void decide(io.ordertrail.testsupport.RunAsCaller team, long request, RequestDecision decision)
            throws Exception {
        team.call(() -> {
            specialRequests.decide(request, decision, "checked with the team", null);
            return null;
        });
    }

    private void amend(String number, int version, AmendmentReason reason, int rollers) throws Exception {
        asSales.call(() -> amendments.amend(
                new OrderNumber(number),
                version,
                new AmendmentRequest(
                        RequestChannel.PHONE,
                        "Per Olsson (buyer)",
                        "called back on the number on file",
                        "call",
                        reason,
                        null),
                new OrderDraft().line("RLR-230", rollers).pickup("Main warehouse counter")));
    }

    private LocalDate promisedDate(String number) throws Exception {
        return asSales.call(() -> orders.byNumber(new OrderNumber(number)))
                .orElseThrow()
                .getFirstPromisedDate();
    }

    private String record(OrderDraft draft) throws Exception {
        return asSales.call(() -> intake.record(draft)).value();
    }

    private void confirmByCall(String number) throws Exception {
        asSales.call(() ->
                confirmations.recordCall(new OrderNumber(number), "Per Olsson (buyer)", now, "the order as taken"));
    }

    private void acknowledge(String number, Team team) throws Exception {
        HandoverReceipt receipt = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> asSales.call(() -> receipts.forOrder(number)).stream()
                                .filter(r -> r.getTeam() == team)
                                .findFirst()
                                .orElse(null),
                        r -> r != null);
        (team == Team.INVENTORY ? asInventory : asFulfillment).call(() -> receipts.acknowledge(receipt.getId()));
    }
}
