package io.ordertrail.records.application;

import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderNumber;
import io.ordertrail.orders.domain.OrderRepository;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.Jsons;
import io.ordertrail.platform.originals.OriginalLink;
import io.ordertrail.platform.originals.Originals;
import io.ordertrail.records.domain.AuditEntry;
import io.ordertrail.records.domain.LegalHold;
import io.ordertrail.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

/**
 * The full record of one order, for an auditor or a customer dispute: what it holds, and the ZIP to download
 * ({@link OrderRecordWriter}). Each download is on the audit trail.
 */
@Stateless
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class OrderRecords {

    @PersistenceContext
    EntityManager em;

    @Inject
    OrderRecordWriter writer;

    @Inject
    AuditTrail trail;

    @Inject
    Originals originals;

    @Inject
    LegalHolds holds;

    @Inject
    OrderRepository orders;

    @Resource
    SessionContext session;

    /** What the record page shows of an order. */
    public record Overview(
            Order order, List<LegalHold> holds, List<OriginalLink> originals, List<AuditEntry> entries) {}

    public Overview overview(String orderNumber) {
        Order order = order(orderNumber);
        String number = order.getOrderNumber().value();
        return new Overview(
                order,
                holds.keeping(number, order.getCustomer().getCustomerNumber()),
                originals.about("ORDER", number),
                em.createQuery(
                                "select e from AuditEntry e where e.subjectType = 'ORDER' and e.subjectId = :n"
                                        + " order by e.id desc",
                                AuditEntry.class)
                        .setParameter("n", number)
                        .setMaxResults(500)
                        .getResultList());
    }

    /** The order's full record as a ZIP; the download is recorded on the trail. */
    public byte[] download(String orderNumber) {
        Order order = order(orderNumber);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        writer.write(order, session.getCallerPrincipal().getName(), zip);
        trail.record(
                "ORDER_RECORD_EXPORTED",
                "ORDER",
                order.getOrderNumber().value(),
                Jsons.object().add("bytes", zip.size()).build().toString());
        return zip.toByteArray();
    }

    private Order order(String orderNumber) {
        String number = orderNumber == null ? "" : orderNumber.strip().toUpperCase(Locale.ROOT);
        return OrderNumber.parse(number)
                .flatMap(orders::find)
                .orElseThrow(() -> InputRejected.because(
                        "orderNumber",
                        "There is no order " + number + "; check the number. An order purged after its retention"
                                + " period is in the archive directory."));
    }
}
