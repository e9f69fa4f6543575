package io.ordertrail.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.ordertrail.catalog.application.ProductCatalog;
import io.ordertrail.catalog.domain.ProductDetails;
import io.ordertrail.customers.application.CustomerDirectory;
import io.ordertrail.customers.domain.NewCustomer;
import io.ordertrail.fulfillment.application.FulfillmentWork;
import io.ordertrail.handover.application.HandoverInbox;
import io.ordertrail.handover.application.HandoverReceipts;
import io.ordertrail.handover.domain.HandoverDocument;
import io.ordertrail.handover.domain.HandoverMessageType;
import io.ordertrail.handover.domain.HandoverReceipt;
import io.ordertrail.handover.domain.Team;
import io.ordertrail.inventory.application.StockImport;
import io.ordertrail.inventory.application.StockKeeping;
import io.ordertrail.inventory.application.StockQueries;
import io.ordertrail.inventory.domain.StockMovement;
import io.ordertrail.inventory.domain.StockMovementReason;
import io.ordertrail.inventory.domain.StockReservation;
import io.ordertrail.orders.application.OrderIntake;
import io.ordertrail.orders.application.OrderQueries;
import io.ordertrail.orders.domain.Availability;
import io.ordertrail.orders.domain.Channel;
import io.ordertrail.orders.domain.Flag;
import io.ordertrail.orders.domain.FlagType;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderDraft;
import io.ordertrail.orders.domain.OrderNumber;
import io.ordertrail.orders.domain.OrderSearch;
import io.ordertrail.orders.domain.OrderStatus;
import io.ordertrail.platform.Resources;
import io.ordertrail.platform.SequencedEntity;
import io.ordertrail.platform.cluster.ClusterMember;
import io.ordertrail.platform.messaging.OutboxDelivery;
import io.ordertrail.platform.messaging.OutboxMessage;
import io.ordertrail.platform.messaging.Queues;
import io.ordertrail.testsupport.AsAdmin;
import io.ordertrail.testsupport.AsBrokerUser;
import io.ordertrail.testsupport.AsInventory;
import io.ordertrail.testsupport.AsSales;
import io.ordertrail.testsupport.InContainer;
import io.ordertrail.testsupport.UnsavedIds;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import jakarta.transaction.UserTransaction;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SOP step 7 in the container: the real WAR on Payara Micro (managed by Arquillian), the Artemis resource adapter,
 * a real broker. Runs before the shared-instance tests (see junit-platform.properties).
 */
@ExtendWith(ArquillianExtension.class)
@org.junit.jupiter.api.Order(1)
class HandoverThroughBrokerIT {

    @Deployment
    static WebArchive ordertrail() throws URISyntaxException {
        return InContainer.ordertrail();
    }

    @Inject
    OrderIntake intake;

    @Inject
    OrderQueries orders;

    @Inject
    HandoverReceipts receipts;

    @Inject
    HandoverInbox inbox;

    @Inject
    AsSales asSales;

    @Inject
    StockQueries stock;

    @Inject
    @JMSConnectionFactory(Resources.CONNECTION_FACTORY)
    JMSContext jms;

    @Inject
    AsInventory asInventory;

    @Inject
    FulfillmentWork fulfillment;

    /** The broker operator ItEnvironment adds: may send anywhere, and is not the application. */
    private static final String OPERATOR = "operator";

    private static final String OPERATOR_PASSWORD = "operator-secret";

    @Inject
    AsBrokerUser asBrokerUser;

    @Inject
    CustomerDirectory customers;

    /** A customer of its own for each order, so that no test's order is flagged for another test's history. */
    private String newCustomer(String address) throws Exception {
        return asSales.call(() -> customers.register(new NewCustomer(
                        "Test customer " + UUID.randomUUID(), null, "buyer@example.com", null, address)))
                .getCustomerNumber();
    }

    private OrderDraft aSimpleOrder() throws Exception {
        return new OrderDraft()
                .channel(Channel.PHONE)
                .customer(newCustomer("12 Mill Lane, Leeds LS1 4AB"))
                .line("PNT-WHT-10", 3)
                .line("RLR-230", 2)
                .delivery("12 Mill Lane, Leeds LS1 4AB");
    }

    @Test
    void aFlaggedOrderWaitsForASecondPersonAndIsNotHandedOverMeanwhile() throws Exception {
        OrderDraft draft = new OrderDraft()
                .channel(Channel.PHONE)
                .customer(newCustomer("1 Known Road"))
                .line("RLR-230", 1)
                .delivery("99 Unknown Street");
        String number = asSales.call(() -> intake.record(draft)).value();

        Order waiting =
                asSales.call(() -> orders.byNumber(new OrderNumber(number))).orElseThrow();
        assertThat(waiting.getStatus()).isEqualTo(OrderStatus.AWAITING_APPROVAL);
        assertThat(waiting.getFlags()).extracting(Flag::getType).containsExactly(FlagType.NEW_DELIVERY_ADDRESS);
        assertThatThrownBy(() -> asSales.call(() -> {
                    intake.approve(new OrderNumber(number), null);
                    return null;
                }))
                .as("only a manager approves")
                .isInstanceOf(EJBAccessException.class);
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> asSales.call(() -> receipts.forOrder(number)).isEmpty());
    }

    /**
     * A new order is checked against each of the customer's earlier orders with that order's own lines: the customer
     * ordered paint with rollers once, and rollers alone once. Thirty tins of paint with rollers is far above the usual
     * three, and has the products of the first order, not of the second: it waits, with both flags.
     */
    @Test
    void aNewOrderIsCheckedAgainstEachEarlierOrderOfTheCustomerWithItsOwnLines() throws Exception {
        String address = "7 Canal Street, Manchester M1 3HE";
        String customer = newCustomer(address);
        String first = asSales.call(() -> intake.record(new OrderDraft()
                        .channel(Channel.PHONE)
                        .customer(customer)
                        .line("PNT-WHT-10", 3)
                        .line("RLR-230", 2)
                        .delivery(address)))
                .value();
        String second = asSales.call(() -> intake.record(new OrderDraft()
                        .channel(Channel.PHONE)
                        .customer(customer)
                        .line("RLR-230", 2)
                        .delivery(address)))
                .value();
        assertThat(asSales.call(() -> orders.byNumber(new OrderNumber(second)))
                        .orElseThrow()
                        .getFlags())
                .as("rollers alone, as many as before")
                .isEmpty();

        String third = asSales.call(() -> intake.record(new OrderDraft()
                        .channel(Channel.PHONE)
                        .customer(customer)
                        .line("PNT-WHT-10", 30)
                        .line("RLR-230", 2)
                        .delivery(address)))
                .value();

        Order waiting =
                asSales.call(() -> orders.byNumber(new OrderNumber(third))).orElseThrow();
        assertThat(waiting.getStatus()).isEqualTo(OrderStatus.AWAITING_APPROVAL);
        assertThat(waiting.getFlags())
                .extracting(Flag::getType, flag -> flag.getReason().contains(first))
                .containsExactlyInAnyOrder(
                        Assertions.tuple(FlagType.UNUSUAL_QUANTITY, false),
                        Assertions.tuple(FlagType.LIKELY_DUPLICATE, true));
    }

    @Test
    void aRecordedOrderIsStoredAndBothTeamsReceiveItsHandoverThroughTheBroker() throws Exception {
        String number = asSales.call(() -> intake.record(aSimpleOrder())).value();

        Order stored =
                asSales.call(() -> orders.byNumber(new OrderNumber(number))).orElseThrow();
        assertThat(stored.getLines())
                .extracting("productCode", "quantity")
                .containsExactly(Assertions.tuple("PNT-WHT-10", 3), Assertions.tuple("RLR-230", 2));
        assertThat(stored.getRecordedBy()).isEqualTo("ordertrail-system-sales");

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(asSales.call(() -> receipts.forOrder(number)))
                        .extracting(HandoverReceipt::getTeam, HandoverReceipt::getOrderVersion)
                        .containsExactlyInAnyOrder(
                                Assertions.tuple(Team.INVENTORY, 1), Assertions.tuple(Team.FULFILLMENT, 1)));
    }

    /**
     * The trail says where each change came from: the request that recorded the order (here the test's own request to
     * the server: its address and path), and messaging, with no one signed in, for what the teams' listeners wrote.
     */
    @Test
    void theTrailNamesTheRequestThatRecordedAnOrderAndMessagingForTheTeamsReceipts() throws Exception {
        String number = asSales.call(() -> intake.record(aSimpleOrder())).value();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            try (Connection db = dataSource.getConnection()) {
                assertThat(number(
                                db,
                                "select count(*) from audit_entry where subject_type = 'ORDER' and subject_id = ?"
                                        + " and kind = 'HANDOVER_RECEIVED' and actor = 'system' and origin = 'messaging'",
                                number))
                        .as("one receipt from each team's listener")
                        .isEqualTo(2);
            }
        });
        try (Connection db = dataSource.getConnection();
                PreparedStatement query = db.prepareStatement("select origin from audit_entry"
                        + " where subject_type = 'ORDER' and subject_id = ? and kind = 'ORDER_RECORDED'")) {
            query.setString(1, number);
            try (ResultSet entry = query.executeQuery()) {
                assertThat(entry.next()).isTrue();
                assertThat(entry.getString(1))
                        .as("recorded in a request: its client's address and its path")
                        .matches("\\S+ /\\S+");
            }
        }
    }

    @Test
    void inventoryReservesTheStockOfAnOrderItCanServeAndConfirmsItsAvailability() throws Exception {
        int reservedBefore = reservedOf("PNT-WHT-10");

        String number = asSales.call(() -> intake.record(aSimpleOrder())).value();

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(asSales.call(() -> orders.byNumber(new OrderNumber(number)))
                                .orElseThrow()
                                .getAvailability())
                        .isEqualTo(Availability.CONFIRMED));
        assertThat(reservedOf("PNT-WHT-10")).isEqualTo(reservedBefore + 3);
        assertThat(asSales.call(() -> orders.byNumber(new OrderNumber(number)))
                        .orElseThrow()
                        .getAvailabilityNote())
                .isEqualTo("PNT-WHT-10: 3 reserved; RLR-230: 2 reserved");
    }

    @Test
    void aShortLineIsFlaggedOnTheOrderWithTheDayMoreIsExpected() throws Exception {
        String number = asSales.call(() -> intake.record(new OrderDraft()
                        .channel(Channel.EMAIL)
                        .sourceEmail("From: buyer@example.com\nSubject: drop sheets\n\n5 drop sheets please")
                        .customer(newCustomer(null))
                        .line("SHT-DROP-4", 5)
                        .pickup("Main warehouse counter")))
                .value();

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(asSales.call(() -> orders.byNumber(new OrderNumber(number)))
                                .orElseThrow()
                                .getAvailability())
                        .isEqualTo(Availability.SHORTAGE));
        assertThat(asSales.call(() -> orders.byNumber(new OrderNumber(number)))
                        .orElseThrow()
                        .getAvailabilityNote())
                .isEqualTo("SHT-DROP-4: short by 5 (0 available), more expected "
                        + LocalDate.now().plusDays(7));
    }

    @Test
    void theSameHandoverDeliveredTwiceMoreThroughTheBrokerReservesOnce() throws Exception {
        String customer = newCustomer("Kungsgatan 22, Göteborg");
        String number = asSales.call(() -> intake.record(new OrderDraft()
                        .channel(Channel.PHONE)
                        .customer(customer)
                        .line("BRS-SET-03", 4)
                        .delivery("Kungsgatan 22, Göteborg")))
                .value();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> asSales.call(() -> orders.byNumber(new OrderNumber(number)))
                                .orElseThrow()
                                .getAvailability()
                        == Availability.CONFIRMED);
        int reservedAfterFirstDelivery = reservedOf("BRS-SET-03");
        Order order =
                asSales.call(() -> orders.byNumber(new OrderNumber(number))).orElseThrow();
        String inventoryMessageId = asSales.call(() -> receipts.forOrder(number)).stream()
                .filter(r -> r.getTeam() == Team.INVENTORY)
                .findFirst()
                .orElseThrow()
                .getMessageId();
        String again = HandoverDocument.of(
                        inventoryMessageId,
                        HandoverMessageType.ORDER_RECORDED,
                        number,
                        order.getOrderVersion(),
                        new HandoverDocument.Customer(
                                customer, order.getCustomer().getName()),
                        new HandoverDocument.Fulfillment("DELIVERY", order.getDeliveryAddress(), null, null),
                        List.of(new HandoverDocument.Line(1, "BRS-SET-03", "Brush set", 4)))
                .toJson();

        asSales.call(
                () -> { // committed together, as a redelivery after a lost acknowledgement would arrive
                    jms.createProducer()
                            .setProperty("JMSXGroupID", number)
                            .send(jms.createQueue(Queues.INVENTORY_HANDOVER), again)
                            .send(jms.createQueue(Queues.INVENTORY_HANDOVER), again);
                    return null;
                });

        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(10))
                .until(() -> reservedOf("BRS-SET-03") == reservedAfterFirstDelivery
                        && asSales.call(() -> receipts.forOrder(number)).size() == 2);
    }

    @Test
    void aForgedHandoverFromAnyoneButTheApplicationIsDeadLetteredAndChangesNothing() throws Exception {
        // an order awaiting its double-check: not handed over, no task, nothing reserved
        String number = asSales.call(() -> intake.record(new OrderDraft()
                        .channel(Channel.PHONE)
                        .customer(newCustomer("1 Known Road"))
                        .line("RLR-230", 1)
                        .delivery("99 Unknown Street")))
                .value();
        int reservedBefore = reservedOf("RLR-230");
        String confirmed = forged(HandoverMessageType.ORDER_CONFIRMED, number, "1 Thief Street");
        String cancelled = forged(HandoverMessageType.ORDER_CANCELLED, number, "1 Thief Street");

        // sent as the broker's operator, who may send anywhere, claiming to be the application
        Map<String, String> claimingToBeTheApplication = Map.of("JMSXUserID", "ordertrail");
        asBrokerUser.send(
                OPERATOR, OPERATOR_PASSWORD, Queues.FULFILLMENT_HANDOVER, null, confirmed, claimingToBeTheApplication);
        asBrokerUser.send(
                OPERATOR, OPERATOR_PASSWORD, Queues.INVENTORY_HANDOVER, null, cancelled, claimingToBeTheApplication);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(deadLettersCarrying(confirmed, cancelled))
                        .containsExactlyInAnyOrder(
                                Assertions.tuple(
                                        Queues.FULFILLMENT_HANDOVER,
                                        "Sent by broker user operator, not by Ordertrail: a forged handover; nothing of it"
                                                + " was applied."),
                                Assertions.tuple(
                                        Queues.INVENTORY_HANDOVER,
                                        "Sent by broker user operator, not by Ordertrail: a forged handover; nothing of it"
                                                + " was applied.")));
        assertThat(asSales.call(() -> fulfillment.forOrder(number))).isEmpty();
        assertThat(asSales.call(() -> receipts.forOrder(number))).isEmpty();
        assertThat(reservedOf("RLR-230")).isEqualTo(reservedBefore);
    }

    private static String forged(HandoverMessageType type, String number, String address) {
        return HandoverDocument.of(
                        UUID.randomUUID().toString(),
                        type,
                        number,
                        1,
                        new HandoverDocument.Customer("C-1001", "Johnssons byggvaror"),
                        new HandoverDocument.Fulfillment("DELIVERY", address, null, null),
                        List.of(new HandoverDocument.Line(1, "RLR-230", "Paint roller", 1)))
                .toJson();
    }

    /**
     * The dead letters that are these documents (each has a message id of its own; an order number can come again
     * when a later run starts a new database on the same broker): the queue each came from, and why it was refused.
     */
    private List<org.assertj.core.groups.Tuple> deadLettersCarrying(String... documents) throws Exception {
        List<String> sent = List.of(documents);
        return asSales.call(() -> {
            List<org.assertj.core.groups.Tuple> found = new java.util.ArrayList<>();
            try (QueueBrowser browser = jms.createBrowser(jms.createQueue(Queues.DEAD_LETTERS))) {
                for (Object each : java.util.Collections.list(browser.getEnumeration())) {
                    if (each instanceof TextMessage text && sent.contains(text.getText())) {
                        found.add(Assertions.tuple(
                                text.getStringProperty("ordertrail_refused_from"),
                                text.getStringProperty("ordertrail_refusal_reason")));
                    }
                }
            }
            return found;
        });
    }

    @Inject
    ProductCatalog catalog;

    @Inject
    StockKeeping stockKeeping;

    @Inject
    AsAdmin asAdmin;

    @Resource(lookup = Resources.DATA_SOURCE)
    DataSource dataSource;

    /**
     * Inventory reads the stock without a lock and locks it only just before its commit. Here another transaction
     * holds the lock, sees inventory wait for it, takes the last one itself and commits: inventory must find the
     * stock changed, run again and record the line short, without promising the same roller twice and without a
     * failed attempt on the administrator's page.
     */
    @Test
    void stockTakenWhileInventoryCheckedAnOrderIsNotPromisedTwice() throws Exception {
        String code = newProduct("RACE", "Last roller on the shelf");
        long level =
                asSales.call(() -> stock.atShippingLocation(code)).orElseThrow().getId();
        asInventory.call(() -> stockKeeping.record(
                level, StockMovement.Kind.ADJUSTMENT, 1, StockMovementReason.FOUND, "The last one"));
        String number;
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock =
                    other.prepareStatement("select reserved from stock_level where id = ? for update")) {
                lock.setLong(1, level);
                lock.executeQuery().close();
            }
            number = asSales.call(() -> intake.record(new OrderDraft()
                            .channel(Channel.PHONE)
                            .customer(newCustomer("3 Quay Street, Bristol BS1 4DJ"))
                            .line(code, 1)
                            .delivery("3 Quay Street, Bristol BS1 4DJ")))
                    .value();
            await().pollInterval(Duration.ofMillis(20))
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> sessionsWaitingForALock(other) > 0);
            try (PreparedStatement take =
                    other.prepareStatement("update stock_level set reserved = reserved + 1 where id = ?")) {
                take.setLong(1, level);
                assertThat(take.executeUpdate()).isEqualTo(1);
            }
            other.commit();
        }

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(asSales.call(() -> orders.byNumber(new OrderNumber(number)))
                                .orElseThrow()
                                .getAvailability())
                        .isEqualTo(Availability.SHORTAGE));
        assertThat(reservedOf(code)).as("only the other transaction's").isEqualTo(1);
        assertThat(asSales.call(() -> stock.reservationsOf(number)))
                .extracting(StockReservation::getOutcome, StockReservation::getAvailableQuantity)
                .as("one line, from the run that saw the stock as it was")
                .containsExactly(Assertions.tuple(StockReservation.Outcome.SHORT, 0));
        try (Connection db = dataSource.getConnection();
                PreparedStatement failures = db.prepareStatement(
                        "select reason from handover_failure where reason like ? or reason like ?")) {
            failures.setString(1, "%" + code + "%");
            failures.setString(2, "%" + number + "%");
            List<String> reasons = new java.util.ArrayList<>();
            try (ResultSet failed = failures.executeQuery()) {
                while (failed.next()) {
                    reasons.add(failed.getString(1));
                }
            }
            assertThat(reasons)
                    .as("failed attempts on the administrator's page")
                    .isEmpty();
        }
    }

    @Inject
    UnsavedIds unsavedIds;

    /**
     * Ids come in blocks ({@code SequencedEntity.BLOCK}), and the next block is read over a small pool of connections
     * of its own ({@code Resources.ID_DATA_SOURCE}), never over the transactions' pool: here every connection of that
     * pool is held while a block runs out. EclipseLink used to read it over the transactions' pool while holding its
     * sequencing lock; under load, the thread reading it waited for a connection that every other transaction held
     * while waiting for ids, and everything stood still until the pool gave up (60 s). So did this test.
     */
    @Test
    void theNextBlockOfIdsIsReadWhileEveryConnectionOfThePoolIsInUse() throws Exception {
        List<Connection> held = new java.util.ArrayList<>();
        List<Long> ids;
        try {
            for (int i = 0; i < Resources.DATABASE_CONNECTIONS; i++) {
                held.add(dataSource.getConnection());
            }
            ids = unsavedIds.take(SequencedEntity.BLOCK + 1); // more than one block holds
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        assertThat(ids)
                .hasSize(SequencedEntity.BLOCK + 1)
                .doesNotHaveDuplicates()
                .doesNotContainNull();
    }

    /**
     * Whatever runs on the server takes one of the data source's connections at a time: an order's transaction, a
     * team's receipt, the relay, every timer. Here the test holds all the others and records orders, one transaction
     * each, for longer than the longest interval of the background jobs ({@link #LONGEST_JOB_INTERVAL}), so that
     * they and every job share the last connection. Anything that held a connection and waited for a second would
     * wait for one no one gives back, until the pool gave up on it after its wait time. The audit sealer's timer did:
     * it kept the connection of its first read while its sealing took a second, and this test failed.
     */
    @Test
    void ordersAreRecordedWithOneConnectionOfThePoolLeftWhileEveryBackgroundJobRuns() throws Exception {
        String code = newProduct("ONE", "Dust sheet 4 x 5 m");
        long level =
                asSales.call(() -> stock.atShippingLocation(code)).orElseThrow().getId();
        int most = 500;
        asInventory.call(() -> stockKeeping.record(
                level, StockMovement.Kind.ADJUSTMENT, most, StockMovementReason.FOUND, "For the orders below"));
        List<Connection> held = new java.util.ArrayList<>();
        List<String> recorded = new java.util.ArrayList<>();
        try {
            for (int i = 1; i < Resources.DATABASE_CONNECTIONS; i++) {
                held.add(dataSource.getConnection());
            }
            long until = System.nanoTime() + LONGEST_JOB_INTERVAL.toNanos();
            while (System.nanoTime() < until && recorded.size() < most) {
                recorded.add(recordOneDustSheet(code));
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        String last = recorded.get(recorded.size() - 1);
        assertThat(asSales.call(() -> orders.byNumber(new OrderNumber(last))))
                .as("the last of " + recorded.size() + " orders, as recorded")
                .hasValueSatisfying(order -> assertThat(order.getLines()).hasSize(1));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(asSales.call(() -> receipts.forOrder(last)))
                        .extracting(HandoverReceipt::getTeam)
                        .containsExactlyInAnyOrder(Team.INVENTORY, Team.FULFILLMENT));
    }

    /**
     * Longer than the longest interval of the jobs that run every few seconds: the search backfill and the
     * special-request escalation (10 s), the audit sealer (3 s), the relays' timers.
     */
    private static final Duration LONGEST_JOB_INTERVAL = Duration.ofSeconds(12);

    /** Records an order of one dust sheet for a new customer (so that none is a likely duplicate of another). */
    private String recordOneDustSheet(String code) throws Exception {
        String address = "5 Dock Road, Hull HU1 1AA";
        String customer = newCustomer(address);
        return asSales.call(() -> intake.record(new OrderDraft()
                        .channel(Channel.PHONE)
                        .customer(customer)
                        .line(code, 1)
                        .delivery(address)))
                .value();
    }

    @Inject
    StockImport stockImport;

    @Resource
    ManagedExecutorService executor;

    /**
     * A stock count locks the stock it counts as inventory does: all at once, in the order of the ids. Here another
     * transaction holds the first product's stock while the count, listing the products the other way round, waits
     * for it. The second product's stock must stay free meanwhile: a count that had locked it already (row by row,
     * in the file's order) and a reservation locking both in id order would each wait for the other.
     */
    @Test
    void aStockCountWaitingForOneProductsStockHoldsNoOtherMeanwhile() throws Exception {
        String first = newProduct("CNT", "Wall plug 6 mm");
        String second = newProduct("CNT", "Wall plug 8 mm");
        long firstLevel = asSales.call(() -> stock.atShippingLocation(first))
                .orElseThrow()
                .getId();
        long secondLevel = asSales.call(() -> stock.atShippingLocation(second))
                .orElseThrow()
                .getId();
        assertThat(secondLevel).isGreaterThan(firstLevel);
        String csv = "code,location,on_hand\n" + second + ",MAIN,40\n" + first + ",MAIN,30\n";
        java.util.concurrent.Future<Integer> counting;
        boolean secondFreeWhileCounting;
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            assertThat(lockedWithoutWaiting(other, firstLevel)).isTrue();
            counting = executor.submit(() -> asAdmin.call(() -> stockImport.importStock(csv)));
            await().pollInterval(Duration.ofMillis(20))
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> sessionsWaitingForALock(other) > 0);
            secondFreeWhileCounting = lockedWithoutWaiting(other, secondLevel);
            other.commit();
        }
        assertThat(counting.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(secondFreeWhileCounting)
                .as("the second product's stock, while the count waited for the first's")
                .isTrue();
        assertThat(asSales.call(() -> stock.atShippingLocation(first))
                        .orElseThrow()
                        .getOnHand())
                .isEqualTo(30);
        assertThat(asSales.call(() -> stock.atShippingLocation(second))
                        .orElseThrow()
                        .getOnHand())
                .isEqualTo(40);
    }

    @Inject
    OutboxDelivery outbox;

    @Inject
    ClusterMember member;

    @Resource
    UserTransaction transaction;

    /**
     * The relay takes the first unsent handover of each order (its message group) that no other server holds, with
     * the order's later handovers, oldest first; an order whose first handover another server still holds waits. It
     * finds them in one pass over the backlog, however old the database's statistics are: here PostgreSQL's date from
     * before 2,000 handovers were written, as after a broker outage, and must not lead it to compare every unsent
     * handover with every other. Nothing is sent: the handovers are written, taken and rolled back in one transaction.
     */
    @Test
    void theRelayTakesEachOrdersHandoversInTurnInOnePassOverABacklog() throws Exception {
        int orders = 1_000;
        long first = -10_000; // before every real handover, so that these are the oldest
        String group = "RELAY-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        java.time.Instant now = java.time.Instant.now();
        transaction.begin();
        try (Connection db = dataSource.getConnection()) {
            boolean postgres = !isH2(db);
            if (postgres) {
                try (java.sql.Statement analyze = db.createStatement()) {
                    analyze.execute("analyze outbox_message");
                }
            }
            try (PreparedStatement write = db.prepareStatement("insert into outbox_message (id, message_id,"
                    + " destination, message_group, message_type, payload, created_at, claimed_by, claimed_until)"
                    + " values (?, ?, 'test', ?, 'TEST', '{}', ?, ?, ?)")) {
                for (int order = 0; order < orders; order++) {
                    for (int handover = 0; handover < 2; handover++) {
                        write.setLong(1, first + 2L * order + handover);
                        write.setString(2, group + order + "-" + handover);
                        write.setString(3, group + order);
                        write.setTimestamp(4, java.sql.Timestamp.from(now));
                        boolean held = handover == 0 && order < 2; // order 0's claim holds, order 1's ran out
                        write.setString(5, held ? "another-server" : null);
                        write.setTimestamp(
                                6, held ? java.sql.Timestamp.from(now.plusSeconds(order == 0 ? 3600 : -60)) : null);
                        write.addBatch();
                    }
                }
                write.executeBatch();
            }
            long readBefore = rowsRead(db, postgres);

            List<OutboxMessage> due = outbox.due(200);

            long read = rowsRead(db, postgres) - readBefore;
            assertThat(due)
                    .extracting(OutboxMessage::getId)
                    .as("orders 1 to 100, both handovers each, oldest first; order 0 waits for the other server")
                    .containsExactlyElementsOf(java.util.stream.LongStream.range(first + 2, first + 202)
                            .boxed()
                            .toList());
            assertThat(number(
                            db,
                            "select count(*) from outbox_message where id between ? and ? and claimed_by = ?",
                            first + 2,
                            first + 201,
                            member.name()))
                    .as("claimed for this server")
                    .isEqualTo(200);
            try (PreparedStatement held =
                    db.prepareStatement("select claimed_by from outbox_message where message_group = ? order by id")) {
                held.setString(1, group + 0);
                try (ResultSet rows = held.executeQuery()) {
                    assertThat(rows.next() && "another-server".equals(rows.getString(1)))
                            .isTrue();
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getString(1))
                            .as("order 0's second handover, while its first is the other server's")
                            .isNull();
                }
            }
            if (postgres) {
                long rows = number(db, "select count(*) from outbox_message");
                assertThat(read)
                        .as("rows of outbox_message PostgreSQL read to find them, for a table of %d rows", rows)
                        .isLessThan(10 * rows);
            }
        } finally {
            transaction.rollback();
        }
    }

    /** Rows of outbox_message this transaction has read so far, on PostgreSQL; 0 on H2, which does not count. */
    private static long rowsRead(Connection db, boolean postgres) throws Exception {
        return postgres
                ? number(
                        db,
                        "select coalesce(sum(seq_tup_read + idx_tup_fetch), 0) from pg_stat_xact_user_tables"
                                + " where relname = 'outbox_message'")
                : 0;
    }

    /** The one number a query answers, with its values bound in order. */
    private static long number(Connection db, String sql, Object... values) throws Exception {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                query.setObject(i + 1, values[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static boolean isH2(Connection db) throws Exception {
        return db.getMetaData()
                .getDatabaseProductName()
                .toLowerCase(java.util.Locale.ROOT)
                .contains("h2");
    }

    /** A product of its own for a test, with stock at the shipping location and none on hand. */
    private String newProduct(String prefix, String name) throws Exception {
        String code =
                prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        asAdmin.call(() -> catalog.add(
                new ProductDetails(code, name, "EA", null, true),
                new java.math.BigDecimal("2.50"),
                LocalDate.now(java.time.ZoneOffset.UTC)));
        return code;
    }

    /** Locks the stock level on this connection if no one else holds it; false, without waiting, if someone does. */
    private static boolean lockedWithoutWaiting(Connection db, long level) throws Exception {
        try (PreparedStatement lock =
                db.prepareStatement("select id from stock_level where id = ? for update skip locked")) {
            lock.setLong(1, level);
            try (ResultSet row = lock.executeQuery()) {
                return row.next();
            }
        }
    }

    /** Sessions of the database other than this one that wait for a row lock. */
    private static int sessionsWaitingForALock(Connection db) throws Exception {
        return (int) number(
                db,
                isH2(db)
                        ? "select count(*) from information_schema.sessions where blocker_id is not null"
                        : "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                                + " and datname = current_database()");
    }

    private int reservedOf(String productCode) throws Exception {
        return asSales.call(() -> stock.atShippingLocation(productCode))
                .orElseThrow()
                .getReserved();
    }

    @Test
    void aUserWithoutTheSalesRoleIsRefusedByTheOrderServiceAndNothingIsStored() throws Exception {
        long before = asSales.call(() -> orders.count(OrderSearch.all()));
        OrderDraft order = aSimpleOrder();

        assertThatThrownBy(() -> asInventory.call(() -> intake.record(order))).isInstanceOf(EJBAccessException.class);

        assertThat(asSales.call(() -> orders.count(OrderSearch.all()))).isEqualTo(before);
    }

    @Test
    void theInboxRecordsAMessageOnceHoweverOftenItArrives() throws Exception {
        String orderNumber = "ORD-1999-" + (100000 + (int) (Math.random() * 800000));
        String message = handover(HandoverMessageType.ORDER_RECORDED, orderNumber, 1);

        // any transaction will do: the listener's own is the MDB's
        assertThat(asSales.call(() -> inbox.received(Team.INVENTORY, message)))
                .as("first delivery")
                .isPresent();
        assertThat(asSales.call(() -> inbox.received(Team.INVENTORY, message)))
                .as("redelivery")
                .isEmpty();

        assertThat(asSales.call(() -> receipts.forOrder(orderNumber))).hasSize(1);
    }

    @Test
    void aMessageOfAnOrderTheTeamHasReceivedTheCancellationOfIsRecordedAndChangesNothing() throws Exception {
        String orderNumber = "ORD-1999-" + (100000 + (int) (Math.random() * 800000));
        String cancellation = handover(HandoverMessageType.ORDER_CANCELLED, orderNumber, 2);
        String recorded = handover(HandoverMessageType.ORDER_RECORDED, orderNumber, 1);
        String otherOrder =
                handover(HandoverMessageType.ORDER_RECORDED, orderNumber.replace("ORD-1999-", "ORD-1998-"), 1);

        assertThat(asSales.call(() -> inbox.received(Team.FULFILLMENT, cancellation)))
                .as("the cancellation")
                .isPresent();
        assertThat(asSales.call(() -> inbox.received(Team.FULFILLMENT, recorded)))
                .as("the order's recorded version after its cancellation")
                .isEmpty();
        assertThat(asSales.call(() -> inbox.received(Team.INVENTORY, recorded)))
                .as("the other team, which has not received the cancellation")
                .isPresent();
        assertThat(asSales.call(() -> inbox.received(Team.FULFILLMENT, otherOrder)))
                .as("another order")
                .isPresent();
        assertThat(asSales.call(() -> inbox.received(Team.FULFILLMENT, cancellation)))
                .as("the cancellation again")
                .isEmpty();

        assertThat(asSales.call(() -> receipts.forOrder(orderNumber))).hasSize(3);
    }

    /** A handover of the order from the application, with a message id of its own. */
    private static String handover(HandoverMessageType type, String orderNumber, int version) {
        return HandoverDocument.of(
                        UUID.randomUUID().toString(),
                        type,
                        orderNumber,
                        version,
                        new HandoverDocument.Customer("C-1001", "Johnssons byggvaror"),
                        new HandoverDocument.Fulfillment("PICKUP", null, "Main warehouse counter", null),
                        List.of(new HandoverDocument.Line(1, "SItemNo001", "Falu Rödfärg", 5)))
                .toJson();
    }
}
