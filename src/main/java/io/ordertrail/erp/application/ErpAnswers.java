package io.ordertrail.erp.application;

import io.ordertrail.erp.domain.ErpAnswer;
import io.ordertrail.erp.domain.ErpDocument;
import io.ordertrail.erp.domain.ErpDocumentRecord;
import io.ordertrail.erp.domain.RefusedDocument;
import io.ordertrail.orders.domain.Channel;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderLine;
import io.ordertrail.orders.domain.OrderNumber;
import io.ordertrail.orders.domain.OrderPromiseWasRevised;
import io.ordertrail.orders.domain.OrderRepository;
import io.ordertrail.orders.domain.OrderWasAmended;
import io.ordertrail.orders.domain.OrderWasCancelled;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.messaging.Outbox;
import io.ordertrail.platform.originals.OriginalKind;
import io.ordertrail.platform.originals.Originals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The record of every ERP document taken and the OrderResponse it got, and the answers themselves, sent through the
 * outbox in the transaction that took the document. An ERP order that staff amend or cancel, or whose promised date
 * inventory moves, is answered again.
 */
@ApplicationScoped
// a refusal leaves the listener's transaction to the listener, which answers it with a rejection
@Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = RefusedDocument.class)
public class ErpAnswers {

    private static final Logger LOG = Logger.getLogger(ErpAnswers.class.getName());
    static final String ANSWER_TYPE = "OrderResponse";

    @PersistenceContext
    EntityManager em;

    @Inject
    OrderRepository orders;

    @Inject
    Outbox outbox;

    @Inject
    Originals originals;

    @Inject
    BusinessClock clock;

    @Inject
    ErpSettings settings;

    /** The order a change or cancellation refers to, and the record of the document that placed it. */
    public record Referred(ErpDocumentRecord original, Order order) {}

    /** Whether the document was taken before; if so, it gets the answer it got then, again. */
    public boolean answeredBefore(ErpDocument document, SendingPartner from) {
        Optional<ErpDocumentRecord> seen = recordOf(from, document.sender(), document.documentId(), document.type());
        seen.ifPresent(record -> {
            LOG.info(() -> document.type().ublName() + " " + document.documentId() + " of " + document.sender()
                    + " was received before (" + record.getOrderNumber() + "); the answer is sent again");
            send(record.getAnswer(), from.answerTo(), document.sender(), record.getOrderNumber());
        });
        return seen.isPresent();
    }

    /**
     * The order a change or cancellation names by the buyer's order ID: one this partner sent, for a buyer it may
     * still act for. Another partner's order is "no order" to it, so that nobody learns of others' orders.
     *
     * @throws RefusedDocument when there is no such order from this sender, or it was not taken
     */
    public Referred orderReferredToBy(ErpDocument document, String orderId, SendingPartner from) {
        List<String> noSuchOrder = List.of("We have no order " + orderId + " from you; check the order reference.");
        ErpDocumentRecord original = recordOf(from, document.sender(), orderId, ErpDocument.Type.ORDER)
                .orElseThrow(() -> RefusedDocument.of(document, noSuchOrder));
        if (original.getOrderNumber() == null) {
            throw RefusedDocument.of(
                    document,
                    List.of("Order " + original.getDocumentId() + " was not taken, so there is nothing to change."));
        }
        Order order =
                orders.findForChange(new OrderNumber(original.getOrderNumber())).orElseThrow();
        if (!from.mayActFor(order.getCustomer().getCustomerNumber())) {
            throw RefusedDocument.of(document, noSuchOrder);
        }
        return new Referred(original, order);
    }

    /**
     * Records a change or cancellation of an order with the answer it gets, and sends that answer here too when the
     * sender asked for it somewhere else than the order's answers go.
     */
    public void answerAmendment(ErpDocument document, Referred referred, SendingPartner from, String answer) {
        record(document, referred.order().getOrderNumber().value(), from, answer);
        if (!from.answerTo().equals(referred.original().getReplyTo())) {
            send(
                    answer,
                    from.answerTo(),
                    document.sender(),
                    referred.order().getOrderNumber().value());
        }
    }

    /** The answer as the UBL OrderResponse the sender receives, issued today. */
    public String write(ErpAnswer answer) {
        return settings.documents().writeResponse(answer, clock.today());
    }

    /** Keeps the document's identity and the answer it got, so that the same document again changes nothing. */
    public void record(ErpDocument document, String orderNumber, SendingPartner from, String answer) {
        ErpDocumentRecord record = new ErpDocumentRecord(
                from.name(),
                document.sender(),
                document.documentId(),
                document.type().ublName(),
                orderNumber,
                from.answerTo(),
                clock.now(),
                answer);
        if (document.peppol() != null) {
            record.cameIn(document.peppol());
            if (!document.peppol().warnings().isEmpty()) {
                LOG.info(() -> document.type().ublName() + " " + document.documentId() + " of " + document.sender()
                        + " was taken with PEPPOL rule warnings: "
                        + document.peppol().warnings());
            }
        }
        em.persist(record);
    }

    /**
     * Sends an answer after the commit, through the outbox. The answers about one order keep their order (the
     * acceptance before a moved delivery date, a change's answer after the order's), and so do the answers about no
     * order (refusals), per sender; answers about different orders are independent, so the relay sends them side by
     * side in its lanes instead of one after the other behind a sender's every other answer. The answer is kept as
     * sent, about its order (or about the sender, for a document refused before it became one).
     */
    public void send(String answer, String queue, String sender, String orderNumber) {
        String id = UUID.randomUUID().toString();
        outbox.enqueue(id, queue, answerGroup(sender, orderNumber), ANSWER_TYPE, answer);
        originals.keep(
                OriginalKind.ORDER_RESPONSE,
                orderNumber == null ? "ERP_SENDER" : "ORDER",
                orderNumber == null ? sender : orderNumber,
                "application/xml",
                "order-response-" + id + ".xml",
                answer.getBytes(StandardCharsets.UTF_8));
    }

    /** A staff amendment or cancellation of an ERP order: the sender gets a new answer. */
    void orderWasAmended(@Observes OrderWasAmended event) {
        answerAgain(event.order());
    }

    void orderWasCancelled(@Observes OrderWasCancelled event) {
        answerAgain(event.order());
    }

    /** Inventory moved the promised date of an ERP order: the sender gets a new answer with the new date. */
    void promiseWasRevised(@Observes OrderPromiseWasRevised event) {
        Order order = event.order();
        answerAgain(
                order,
                "Order " + order.getOrderNumber()
                        + (event.previousDate() == null
                                ? ": a delivery date can be promised again: " + order.getEstimatedDate()
                                : ": the promised delivery date moved from " + event.previousDate()
                                        + (order.getEstimatedDate() == null
                                                ? "; no date can be promised yet"
                                                : " to " + order.getEstimatedDate()))
                        + " (" + order.getEstimateExplanation() + ").");
    }

    /**
     * The message group of an answer: the order's answers, apart from its handovers (grouped by the bare order
     * number); the sender's, for an answer about no order.
     */
    static String answerGroup(String sender, String orderNumber) {
        return orderNumber == null ? sender : ANSWER_GROUP_PREFIX + orderNumber;
    }

    private static final String ANSWER_GROUP_PREFIX = "answers/";

    /** Answers an ERP order again as it now stands; empty for an order from another channel. */
    public Optional<String> answerAgain(Order order) {
        return answerAgain(
                order,
                order.isCancelled()
                        ? "Order " + order.getOrderNumber() + " was cancelled (v" + order.getOrderVersion() + ")."
                        : "Order " + order.getOrderNumber() + " was amended to v" + order.getOrderVersion() + ".");
    }

    private Optional<String> answerAgain(Order order, String note) {
        if (order.getChannel() != Channel.ERP) {
            return Optional.empty();
        }
        return em.createQuery(
                        "select d from ErpDocumentRecord d where d.orderNumber = :n and d.documentType = :t",
                        ErpDocumentRecord.class)
                .setParameter("n", order.getOrderNumber().value())
                .setParameter("t", ErpDocument.Type.ORDER.ublName())
                .getResultStream()
                .findFirst()
                .map(record -> {
                    Map<String, String> units = unitCodesOf(order.getLines());
                    List<ErpAnswer.LineAnswer> lines = new ArrayList<>();
                    for (OrderLine line : order.getLines()) {
                        lines.add(new ErpAnswer.LineAnswer(
                                        String.valueOf(line.getLineNumber()),
                                        !order.isCancelled(),
                                        BigDecimal.valueOf(line.getQuantity()),
                                        units.get(line.getProductCode()),
                                        line.getProductCode(),
                                        order.isCancelled() ? "The order was cancelled." : null,
                                        order.isCancelled() ? null : ErpAnswer.LinePrice.of(line, order))
                                .named(line.getProductName()));
                    }
                    ErpAnswer answer = new ErpAnswer(
                            record.getDocumentId(),
                            record.getSender(),
                            null,
                            order.getOrderNumber().value(),
                            order.getOrderVersion(),
                            order.isCancelled() ? ErpAnswer.Code.RE : ErpAnswer.Code.CA,
                            order.isCancelled() ? null : order.getEstimatedDate(),
                            lines,
                            List.of(note),
                            order.isCancelled() ? null : order.getTaxBreakdown(),
                            record.peppolFor(order.getCurrencyCode()));
                    String xml = write(answer);
                    record.answeredAgain(xml);
                    send(
                            xml,
                            record.getReplyTo(),
                            record.getSender(),
                            order.getOrderNumber().value());
                    return xml;
                });
    }

    /** The units the lines' products are sold by (UN/ECE Recommendation 20), in one query, by product code. */
    private Map<String, String> unitCodesOf(List<OrderLine> lines) {
        List<String> codes =
                lines.stream().map(OrderLine::getProductCode).distinct().toList();
        if (codes.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p.code, p.unitCode from Product p where p.code in :c", Object[].class)
                .setParameter("c", codes)
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1]));
    }

    private Optional<ErpDocumentRecord> recordOf(
            SendingPartner from, String sender, String documentId, ErpDocument.Type type) {
        return em.createQuery(
                        "select d from ErpDocumentRecord d where d.partner = :p and d.sender = :s"
                                + " and d.documentId = :id and d.documentType = :t",
                        ErpDocumentRecord.class)
                .setParameter("p", from.name())
                .setParameter("s", sender)
                .setParameter("id", documentId)
                .setParameter("t", type.ublName())
                .getResultStream()
                .findFirst();
    }
}
