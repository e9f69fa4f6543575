package io.ordertrail.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.ordertrail.catalog.application.CatalogImport;
import io.ordertrail.catalog.application.ProductCatalog;
import io.ordertrail.catalog.application.TaxRates;
import io.ordertrail.catalog.domain.ProductDetails;
import io.ordertrail.communication.application.OrderConfirmations;
import io.ordertrail.customers.application.CustomerDirectory;
import io.ordertrail.customers.domain.NewCustomer;
import io.ordertrail.erp.application.ErpPartners;
import io.ordertrail.handover.application.HandoverInbox;
import io.ordertrail.handover.domain.HandoverDocument;
import io.ordertrail.handover.domain.HandoverMessageType;
import io.ordertrail.handover.domain.Team;
import io.ordertrail.inventory.application.StockKeeping;
import io.ordertrail.inventory.domain.StockMovement;
import io.ordertrail.inventory.domain.StockMovementReason;
import io.ordertrail.orders.application.OrderAmendments;
import io.ordertrail.orders.application.OrderIntake;
import io.ordertrail.orders.application.OrderNotes;
import io.ordertrail.orders.application.OrderQueries;
import io.ordertrail.orders.application.SpecialRequests;
import io.ordertrail.orders.domain.AmendmentReason;
import io.ordertrail.orders.domain.AmendmentRequest;
import io.ordertrail.orders.domain.Channel;
import io.ordertrail.orders.domain.NoteAudience;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderDraft;
import io.ordertrail.orders.domain.OrderNumber;
import io.ordertrail.orders.domain.RequestChannel;
import io.ordertrail.orders.domain.RequestDecision;
import io.ordertrail.orders.domain.SpecialRequestType;
import io.ordertrail.platform.Resources;
import io.ordertrail.platform.Sha256;
import io.ordertrail.records.application.AuditSealing;
import io.ordertrail.records.application.LegalHolds;
import io.ordertrail.records.application.PurgeRuns;
import io.ordertrail.records.application.RetentionSettings;
import io.ordertrail.records.domain.LegalHold;
import io.ordertrail.security.UserAccounts;
import io.ordertrail.testsupport.AsAdmin;
import io.ordertrail.testsupport.AsFulfillment;
import io.ordertrail.testsupport.AsInventory;
import io.ordertrail.testsupport.AsManager;
import io.ordertrail.testsupport.AsSales;
import io.ordertrail.testsupport.ControlledClock;
import io.ordertrail.testsupport.InContainer;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Records over time (issue 16, SOP section 5), with the clock the services read moved back to when each order was
 * taken: kept for its period, archived and purged after it, kept under a legal hold; the outbox emptied after its
 * own period; the chain still verifying. And: a change that rolls back leaves no audit entry, a committed one does.
 */
@ExtendWith(ArquillianExtension.class)
@org.junit.jupiter.api.Order(1)
class RecordsRetentionIT {

    private static final String ADDRESS = "12 Harbour Road, Leith EH6 6LB";

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
    OrderConfirmations confirmations;

    @Inject
    CustomerDirectory customers;

    @Inject
    LegalHolds holds;

    @Inject
    PurgeRuns purgeRuns;

    @Inject
    AuditSealing sealing;

    @Inject
    RetentionSettings retention;

    @Inject
    AsSales asSales;

    @Inject
    AsAdmin asAdmin;

    @Inject
    AsManager asManager;

    @Inject
    AsInventory asInventory;

    @Inject
    AsFulfillment asFulfillment;

    @Inject
    OrderNotes notes;

    @Inject
    StockKeeping stock;

    @Inject
    ErpPartners erpPartners;

    @Inject
    HandoverInbox inbox;

    @Inject
    ProductCatalog catalog;

    @Inject
    CatalogImport catalogImport;

    @Inject
    TaxRates taxRates;

    @Inject
    UserAccounts accounts;

    @Inject
    ControlledClock clock;

    @Resource(lookup = Resources.DATA_SOURCE)
    DataSource dataSource;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction tx;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** Sets the services' clock this long before now. */
    private void goBack(Period ago) {
        clock.reset();
        Instant now = Instant.now();
        clock.moveForward(
                Duration.between(now, now.atZone(ZoneOffset.UTC).minus(ago).toInstant()));
    }

    private String newCustomer() throws Exception {
        return asSales.call(() -> customers.register(new NewCustomer(
                        "Retention customer " + UUID.randomUUID(),
                        null,
                        "buyer@example.com",
                        "+44 131 496 0000",
                        ADDRESS)))
                .getCustomerNumber();
    }

    private String newProduct() throws Exception {
        String code = "AUD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        asAdmin.call(() -> catalog.add(
                new ProductDetails(code, "Audit test roller", "EA", null, true),
                new BigDecimal("12.00"),
                LocalDate.now(ZoneOffset.UTC)));
        return code;
    }

    private String order(String customer, int rollers) throws Exception {
        return asSales.call(() -> intake.record(new OrderDraft()
                        .channel(Channel.PHONE)
                        .customer(customer)
                        .line("RLR-230", rollers)
                        .delivery(ADDRESS)))
                .value();
    }

    private Order read(String number) throws Exception {
        return asSales.call(() -> orders.byNumber(new OrderNumber(number))).orElse(null);
    }

    /** Waits until inventory and fulfillment have taken the order's version (their work is part of its record). */
    private void handedOver(String number, int version) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(
                                "select count(*) from handover_receipt where order_number = ? and order_version = ?",
                                number,
                                version)
                        >= 2);
    }

    private void confirmByPhone(String number) throws Exception {
        asSales.call(() -> confirmations.recordCall(
                new OrderNumber(number), "Ailsa Grant (buyer)", Instant.now(), "Lines, prices and the date"));
    }

    private AmendmentRequest byPhone() {
        return new AmendmentRequest(
                RequestChannel.PHONE,
                "Ailsa Grant (buyer)",
                "called back on the number on file",
                "call",
                AmendmentReason.QUANTITY_CHANGE,
                null);
    }

    private long count(String sql, Object... parameters) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private long entriesAbout(String subjectType, String subjectId) throws Exception {
        return count(
                "select count(*) from audit_entry where subject_type = ? and subject_id = ?", subjectType, subjectId);
    }

    private BatchStatus purge() throws Exception {
        long execution = asAdmin.call(() -> purgeRuns.start());
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            BatchStatus status =
                    BatchRuntime.getJobOperator().getJobExecution(execution).getBatchStatus();
            return status != BatchStatus.STARTING && status != BatchStatus.STARTED;
        });
        return BatchRuntime.getJobOperator().getJobExecution(execution).getBatchStatus();
    }

    @Test
    void ordersAreKeptForTheirPeriodThenArchivedAndPurgedUnlessHeldAndTheChainStillVerifies() throws Exception {
        // 13 months ago: an order with an amendment, a special request and two confirmations
        goBack(Period.ofMonths(13));
        String full = order(newCustomer(), 2);
        handedOver(full, 1);
        asSales.call(() -> confirmations.recordCall(
                new OrderNumber(full),
                "Ailsa Grant (buyer)",
                Instant.now().minus(Period.ofDays(13 * 31)),
                "Lines, prices and the date"));
        asSales.call(() -> specialRequests.add(
                new OrderNumber(full), null, SpecialRequestType.DELIVERY_WINDOW, "Before 10 in the morning", null));
        asSales.call(() -> amendments.amend(
                new OrderNumber(full),
                1,
                byPhone(),
                new OrderDraft().line("RLR-230", 3).delivery(ADDRESS)));
        handedOver(full, 2);
        asSales.call(() -> confirmations.recordCall(
                new OrderNumber(full),
                "Ailsa Grant (buyer)",
                Instant.now().minus(Period.ofDays(13 * 31)),
                "The new quantity"));
        // 23 and 25 months ago; one of those 25 months old under a legal hold
        goBack(Period.ofMonths(23));
        String young = order(newCustomer(), 1);
        handedOver(young, 1);
        goBack(Period.ofMonths(25));
        String old = order(newCustomer(), 1);
        handedOver(old, 1);
        String held = order(newCustomer(), 1);
        handedOver(held, 1);
        clock.reset();
        asAdmin.call(() -> holds.place(LegalHold.On.ORDER, held, "Customer dispute, case 2026-114"));

        Order fullBefore = read(full);
        long fullEntries = entriesAbout("ORDER", full);
        long oldEntries = entriesAbout("ORDER", old);
        assertThat(fullBefore.getVersions()).hasSize(2);
        assertThat(oldEntries).isPositive();
        assertThat(count(
                        "select count(*) from outbox_message where sent_at < ?",
                        java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(90)))))
                .as("handover messages sent 25 months ago")
                .isPositive();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> count("select count(*) from audit_entry e where not exists"
                                + " (select 1 from audit_seal s where s.entry_id = e.id)")
                        == 0);

        assertThat(purge()).isEqualTo(BatchStatus.COMPLETED);

        Order fullAfter = read(full);
        assertThat(fullAfter).as("13 months old: kept").isNotNull();
        {
            assertThat(fullAfter.getVersions()).as("its versions").hasSize(2);
            assertThat(fullAfter.getSpecialRequests()).as("its special request").hasSize(1);
            assertThat(count(
                            "select count(*) from communication where order_number = ? and kind <> 'SOURCE_EMAIL'",
                            full))
                    .as("its two confirmations")
                    .isEqualTo(2);
            assertThat(entriesAbout("ORDER", full)).as("its audit entries").isEqualTo(fullEntries);
        }
        assertThat(read(young)).as("23 months old: kept").isNotNull();
        assertThat(read(held)).as("25 months old under a legal hold: kept").isNotNull();
        assertThat(read(old)).as("25 months old: purged").isNull();
        assertThat(entriesAbout("ORDER", old)).as("its audit entries are gone").isZero();
        assertThat(count("select count(*) from audit_purged p join audit_seal s on s.entry_id = p.entry_id"
                        + " where p.entry_id not in (select id from audit_entry)"))
                .as("what the checkpoints keep of removed entries")
                .isGreaterThanOrEqualTo(oldEntries);
        assertThat(count("select count(*) from handover_receipt where order_number = ?", old))
                .isZero();
        assertThat(count(
                        "select count(*) from outbox_message where sent_at < ?",
                        java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(90)))))
                .as("the outbox after its own period of 90 days")
                .isZero();

        Path archived = retention
                .archiveDirectory()
                .resolve("orders")
                .resolve(String.valueOf(
                        Instant.now().atZone(ZoneOffset.UTC).minusMonths(25).getYear()))
                .resolve(old + ".zip");
        assertThat(archived).as("archived before it was deleted").exists();
        {
            Map<String, byte[]> files = new LinkedHashMap<>();
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(archived)))) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                    files.put(e.getName(), zip.readAllBytes());
                }
            }
            assertThat(files).containsKeys("record.pdf", "audit-trail.csv", "manifest.json", "SHA256SUMS");
            assertThat(new String(files.get("audit-trail.csv"))).contains("ORDER_RECORDED");
        }

        AuditSealing.Result verified = asAdmin.call(() -> sealing.verify());
        assertThat(verified.firstBreak())
                .as("the chain verifies after the purge")
                .isNull();
        assertThat(count("select count(*) from audit_entry where kind = 'RECORDS_PURGED'"))
                .as("one entry for the run")
                .isGreaterThanOrEqualTo(1);
    }

    /** The application's own connection cannot rewrite or remove an entry, on H2 as on PostgreSQL. */
    @Test
    void theTrailRefusesAnUpdateOrADeleteThroughTheApplicationsConnection() throws Exception {
        String customer = newCustomer();
        long id = count("select max(id) from audit_entry where subject_type = 'CUSTOMER' and subject_id = ?", customer);
        try (Connection db = dataSource.getConnection();
                java.sql.Statement s = db.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update audit_entry set content = '{}' where id = " + id))
                    .hasMessageContaining("the audit trail is append-only: UPDATE on audit_entry refused");
            assertThatThrownBy(() -> s.executeUpdate("delete from audit_entry where id = " + id))
                    .hasMessageContaining("the audit trail is append-only: DELETE on audit_entry refused");
        }
        assertThat(count("select count(*) from audit_entry where id = ? and content <> '{}'", id))
                .as("the entry as it was written")
                .isOne();
    }

    /** A change and the audit entry it gets are one: both or neither. */
    record Change(String kind, String subjectType, String fixedSubject, Callable<String> make) {
        /** A change that makes a new subject each time. */
        Change(String kind, String subjectType, Callable<String> make) {
            this(kind, subjectType, null, make);
        }
    }

    @Test
    void aChangeThatRollsBackLeavesNoAuditEntryAndACommittedOneAlwaysLeavesOne() throws Exception {
        String customer = newCustomer();
        String order = order(customer, 1);
        handedOver(order, 1);
        String partner = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        asAdmin.call(() ->
                erpPartners.add(new ErpPartners.PartnerDetails(partner, "Audit test ERP", null, List.of(customer))));
        long rollersLevel = count(
                "select min(s.id) from stock_level s join product p on p.id = s.product_id where p.code = 'RLR-230'");
        String rollers; // the level's subject on the trail: code@location
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select p.code || '@' || s.location from stock_level s"
                        + " join product p on p.id = s.product_id where s.id = ?")) {
            s.setLong(1, rollersLevel);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                rollers = r.getString(1);
            }
        }
        List<Change> changes = new ArrayList<>(List.of(
                new Change("ORDER_RECORDED", "ORDER", () -> order(newCustomer(), 1)),
                new Change("ORDER_RECEIVED", "ORDER", () -> order(customer, 1)), // a likely duplicate: waits
                new Change("CUSTOMER_CHANGED", "CUSTOMER", this::newCustomer),
                new Change("ORDER_AMENDED", "ORDER", () -> {
                    String fresh = order(newCustomer(), 1);
                    asSales.call(() -> amendments.amend(
                            new OrderNumber(fresh),
                            1,
                            byPhone(),
                            new OrderDraft().line("RLR-230", 2).delivery(ADDRESS)));
                    return fresh;
                }),
                new Change("ORDER_CONFIRMED", "ORDER", () -> {
                    String fresh = order(newCustomer(), 1);
                    confirmByPhone(fresh);
                    return fresh;
                }),
                new Change("PRODUCT_ADDED", "PRODUCT", this::newProduct),
                new Change("TAX_CATEGORY_CHANGED", "TAX_CATEGORY", () -> {
                    String code =
                            "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
                    asAdmin.call(() -> taxRates.add(code, "Audit test rate", "S", new BigDecimal("7.5")));
                    return code;
                }),
                new Change("PRODUCT_CHANGED", "PRODUCT", () -> {
                    String code = newProduct();
                    asAdmin.call(() -> catalog.newPrice(
                            code,
                            "GBP",
                            new BigDecimal("13.50"),
                            LocalDate.now(ZoneOffset.UTC).plusDays(30)));
                    return code;
                }),
                new Change("IMPORT", "IMPORT", () -> {
                    String code = newProduct();
                    String csv = "code,unit_price,effective_from\n" + code + ",14.00,"
                            + LocalDate.now(ZoneOffset.UTC).plusDays(60) + "\n";
                    asAdmin.call(() -> catalogImport.importPrices(csv));
                    return "prices "
                            + Sha256.hex(csv.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
                }),
                new Change("ACCOUNT_CHANGED", "USER", () -> {
                    String username = "audit." + UUID.randomUUID().toString().substring(0, 8);
                    asAdmin.call(() -> accounts.create(new UserAccounts.AccountDetails(
                            username, "Audit Tester", username + "@example.com", Set.of("SALES"))));
                    return username;
                }),
                new Change("LEGAL_HOLD_PLACED", "CUSTOMER", () -> {
                    asAdmin.call(() -> holds.place(LegalHold.On.CUSTOMER, customer, "Audit of 2026"));
                    return customer;
                }),
                new Change("ORDER_CANCELLED", "ORDER", () -> {
                    String fresh = order(newCustomer(), 1);
                    asSales.call(() -> amendments.cancel(
                            new OrderNumber(fresh),
                            1,
                            new AmendmentRequest(
                                    RequestChannel.PHONE,
                                    "Ailsa Grant (buyer)",
                                    "called back on the number on file",
                                    "call",
                                    AmendmentReason.CUSTOMER_CANCELLED,
                                    null)));
                    return fresh;
                }),
                new Change("NOTE_ADDED", "ORDER", () -> {
                    String fresh = order(newCustomer(), 1);
                    asSales.call(() ->
                            notes.add(new OrderNumber(fresh), NoteAudience.INVENTORY, "Customer asks for one pallet"));
                    return fresh;
                }),
                new Change("SPECIAL_REQUEST_DECIDED", "ORDER", () -> {
                    String fresh = order(newCustomer(), 1);
                    long request = asSales.call(() -> specialRequests.add(
                            new OrderNumber(fresh),
                            null,
                            SpecialRequestType.PACKAGING,
                            "Shrink-wrap each roller",
                            null));
                    asManager.call(() -> {
                        specialRequests.decide(request, RequestDecision.ACCEPTED, "We have the film", null);
                        return null;
                    });
                    return fresh;
                }),
                new Change("STOCK_MOVED", "STOCK", rollers, () -> {
                    asInventory.call(() -> stock.record(
                            rollersLevel,
                            StockMovement.Kind.ADJUSTMENT,
                            1,
                            StockMovementReason.FOUND,
                            "Found behind the racking"));
                    return rollers;
                }),
                // through an EJB, as the team's listener calls it: Payara's @Transactional interceptor keeps the
                // caller's transaction-operations manager in a field of the one interceptor of an application-scoped
                // bean, so a listener running the inbox at the same moment can leave its own on this thread's
                // invocation, and UserTransaction.commit() then refuses with "Operation not allowed". An EJB call
                // pushes an invocation of its own, which takes that instead.
                new Change("HANDOVER_RECEIVED", "ORDER", order, () -> {
                    asFulfillment.call(() -> inbox.received(
                            Team.FULFILLMENT,
                            HandoverDocument.of(
                                            UUID.randomUUID().toString(),
                                            HandoverMessageType.ORDER_CONFIRMED,
                                            order,
                                            1,
                                            new HandoverDocument.Customer(customer, "Retention customer"),
                                            new HandoverDocument.Fulfillment("DELIVERY", ADDRESS, null, null),
                                            List.of(new HandoverDocument.Line(1, "RLR-230", "Roller", 1)))
                                    .toJson()));
                    return order;
                }),
                new Change("ERP_PARTNER_CHANGED", "ERP_PARTNER", partner, () -> {
                    asAdmin.call(() -> erpPartners.change(new ErpPartners.PartnerDetails(
                            partner, "Audit test ERP " + UUID.randomUUID(), null, List.of(customer))));
                    return partner;
                })));
        String ofSubject = "select count(*) from audit_entry where kind = ? and subject_type = ? and subject_id = ?";
        for (Change change : changes) {
            long before = change.fixedSubject() == null
                    ? 0
                    : count(ofSubject, change.kind(), change.subjectType(), change.fixedSubject());
            tx.begin();
            String subject;
            try {
                subject = change.make().call();
            } catch (Exception e) {
                // the change's own failure, not one of the rollback after it, is what the report must show
                AssertionError failure = new AssertionError(change.kind() + " failed: " + e, e);
                try {
                    tx.rollback();
                } catch (Exception rollback) {
                    failure.addSuppressed(rollback);
                }
                throw failure;
            }
            tx.rollback();
            assertThat(count(ofSubject, change.kind(), change.subjectType(), subject))
                    .as(change.kind() + " rolled back: no entry")
                    .isEqualTo(before);

            tx.begin();
            String committed = change.make().call();
            try {
                tx.commit();
            } catch (IllegalStateException e) {
                throw new AssertionError(change.kind() + " could not be committed: " + e.getMessage(), e);
            }
            assertThat(count(ofSubject, change.kind(), change.subjectType(), committed))
                    .as(change.kind() + " committed: its entry")
                    .isGreaterThan(before);
        }
    }
}
