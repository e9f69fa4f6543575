package io.ordertrail.erp.application;

import io.ordertrail.catalog.domain.Product;
import io.ordertrail.customers.domain.Customer;
import io.ordertrail.erp.domain.ErpAnswer;
import io.ordertrail.erp.domain.ErpDocumentRecord;
import io.ordertrail.erp.domain.ErpOrder;
import io.ordertrail.erp.domain.ErpOrderCancellation;
import io.ordertrail.erp.domain.ErpOrderChange;
import io.ordertrail.erp.domain.ErpRejection;
import io.ordertrail.erp.domain.RefusedDocument;
import io.ordertrail.erp.domain.UnreadableDocument;
import io.ordertrail.erp.infrastructure.UblDocuments;
import io.ordertrail.handover.application.DeadLetters;
import io.ordertrail.handover.infrastructure.Outbox;
import io.ordertrail.orders.application.OrderAmending;
import io.ordertrail.orders.application.OrderRecording;
import io.ordertrail.orders.domain.AmendmentReason;
import io.ordertrail.orders.domain.AmendmentRequest;
import io.ordertrail.orders.domain.OrderRepository;
import io.ordertrail.orders.domain.RequestChannel;
import io.ordertrail.orders.domain.Channel;
import io.ordertrail.orders.domain.Flag;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderDraft;
import io.ordertrail.orders.domain.OrderLine;
import io.ordertrail.orders.domain.OrderPromiseWasRevised;
import io.ordertrail.orders.domain.OrderRejected;
import io.ordertrail.orders.domain.OrderWasAmended;
import io.ordertrail.orders.domain.OrderWasCancelled;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.Resources;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Takes orders from buyers' ERP systems (SOP steps 1 to 3 for the ERP channel). Runs in the transaction in which
 * the listener consumes the document: the order, the record of the document and the answer (through the outbox)
 * are stored together, or nothing is. A document received before gets the same answer again.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ErpOrders {

    private static final Logger LOG = Logger.getLogger(ErpOrders.class.getName());
    static final String ORDER = "Order";
    static final String CHANGE = "OrderChange";
    static final String CANCELLATION = "OrderCancellation";
    public static final String INBOUND_QUEUE = "erp.orders.in";
    static final String ANSWER_TYPE = "OrderResponse";

    @PersistenceContext
    EntityManager em;
    @Inject
    OrderRecording recording;
    @Inject
    OrderAmending amending;
    @Inject
    OrderRepository orders;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    @JMSConnectionFactory(Resources.CONNECTION_FACTORY)
    JMSContext jms;

    /** Where answers go when a document names no JMSReplyTo. */
    @Inject
    @ConfigProperty(name = "ordertrail.erp.answer-queue", defaultValue = "erp.orders.out")
    String answerQueue;
    /** The largest document taken, in bytes. */
    @Inject
    @ConfigProperty(name = "ordertrail.erp.max-document-bytes", defaultValue = "1000000")
    int maxDocumentBytes;
    /** Buyers' identifiers (GLN or their own) that name a customer without a GLN on record: {@code id=C-1001,…}. */
    @Inject
    @ConfigProperty(name = "ordertrail.erp.buyers", defaultValue = " ")
    String buyerMapping;
    /** The seller's name in every answer. */
    @Inject
    @ConfigProperty(name = "ordertrail.erp.seller-name", defaultValue = "Ordertrail order desk")
    String sellerName;

    private UblDocuments documents;
    private final Map<String, String> buyers = new HashMap<>();

    @PostConstruct
    void configure() {
        documents = new UblDocuments(maxDocumentBytes, sellerName);
        Arrays.stream(buyerMapping.split(",")).map(String::trim).filter(s -> s.contains("="))
                .forEach(pair -> buyers.put(pair.substring(0, pair.indexOf('=')).trim(),
                        pair.substring(pair.indexOf('=') + 1).trim()));
    }

    /**
     * Takes one document from the inbound queue and answers it.
     *
     * @param replyTo the queue the sender named in JMSReplyTo, or null
     */
    public void receive(String text, String replyTo, String jmsMessageId) {
        String answerTo = replyTo == null || replyTo.isBlank() ? answerQueue : replyTo;
        Object document;
        try {
            document = documents.read(text);
        } catch (RefusedDocument refused) {
            refuse(refused, answerTo, jmsMessageId, text);
            return;
        } catch (UnreadableDocument unreadable) {
            deadLetter(unreadable.getMessage(), text, jmsMessageId);
            return;
        }
        try {
            if (document instanceof ErpOrder order) {
                receiveOrder(order, answerTo);
            } else if (document instanceof ErpOrderChange change) {
                receiveChange(change, answerTo);
            } else if (document instanceof ErpOrderCancellation cancellation) {
                receiveCancellation(cancellation, answerTo);
            }
        } catch (RefusedDocument refused) {
            refuse(refused, answerTo, jmsMessageId, text);
        }
    }

    /** Whether a document of this many bytes is read at all; a larger one goes to {@link #refuseOversized}. */
    public boolean takes(long bytes) {
        return documents.takes(bytes);
    }

    /**
     * Dead-letters a document over the size limit without reading it whole: only its start is kept, with the
     * reason, for the administrator.
     */
    public void refuseOversized(long bytes, String start, String jmsMessageId) {
        try {
            documents.checkSize(bytes);
        } catch (UnreadableDocument oversized) {
            deadLetter(oversized.getMessage(), start, jmsMessageId);
            return;
        }
        throw new IllegalArgumentException("A document of " + bytes + " bytes is within the limit: read it");
    }

    private void receiveOrder(ErpOrder order, String answerTo) {
        Optional<ErpDocumentRecord> seen = recordOf(order.sender(), order.documentId(), ORDER);
        if (seen.isPresent()) {
            LOG.info(() -> "Order " + order.documentId() + " of " + order.sender() + " was received before as "
                    + seen.get().getOrderNumber() + "; the answer is sent again");
            send(seen.get().getAnswer(), answerTo, order.sender());
            return;
        }
        ErpAnswer answer = take(order);
        String xml = documents.writeResponse(answer, today());
        em.persist(new ErpDocumentRecord(order.sender(), order.documentId(), ORDER, answer.orderNumber(), answerTo,
                clock.instant(), xml));
        send(xml, answerTo, order.sender());
    }

    /** An OrderChange becomes an amendment of the order (SOP step 6), answered with a new OrderResponse. */
    private void receiveChange(ErpOrderChange change, String answerTo) {
        Optional<ErpDocumentRecord> seen = recordOf(change.sender(), change.documentId(), CHANGE);
        if (seen.isPresent()) {
            send(seen.get().getAnswer(), answerTo, change.sender());
            return;
        }
        ErpDocumentRecord original = originalOf(change.sender(), change.documentId(), change.buyerName(),
                change.orderId());
        Order order = orderOf(original, change.documentId(), change.sender(), change.buyerName());
        Map<String, Integer> quantities = new java.util.LinkedHashMap<>();
        order.getLines().forEach(l -> quantities.merge(l.getProductCode(), l.getQuantity(), Integer::sum));
        List<String> problems = new ArrayList<>();
        boolean productsChanged = false;
        for (ErpOrderChange.Line line : change.lines()) {
            Optional<Product> product = productOf(line.sellersItemId(), line.gtin());
            if (product.isEmpty()) {
                problems.add("Line " + line.lineId() + ": no product of ours has the seller's item ID "
                        + line.sellersItemId() + ".");
                continue;
            }
            String code = product.get().getCode();
            if (line.change() == ErpOrderChange.Change.CANCELLED) {
                productsChanged |= quantities.remove(code) != null;
                continue;
            }
            Integer quantity = wholeQuantity(line.quantity());
            if (quantity == null) {
                problems.add("Line " + line.lineId() + ": the quantity " + line.quantity() + " is not a whole number"
                        + " from 1 to " + OrderDraft.MAX_LINE_QUANTITY + ".");
                continue;
            }
            productsChanged |= !quantities.containsKey(code);
            quantities.put(code, quantity);
        }
        if (quantities.isEmpty()) {
            problems.add("The change leaves the order without lines: send an OrderCancellation instead.");
        }
        if (!problems.isEmpty()) {
            throw new RefusedDocument(change.documentId(), change.sender(), change.buyerName(), problems);
        }
        OrderDraft changed = new OrderDraft().instructions(change.note() != null
                ? cut(change.note(), OrderDraft.MAX_INSTRUCTIONS) : order.getInstructions())
                .purchaseOrderReference(order.getPurchaseOrderReference()).requestedDate(order.getRequestedDate());
        quantities.forEach(changed::line);
        if (order.getPickupLocation() != null) {
            changed.pickup(order.getPickupLocation());
        } else {
            changed.delivery(order.getDeliveryAddress());
        }
        AmendmentRequest request = requestOf(change.sender(), "OrderChange " + change.documentId()
                        + (change.sequenceNumber() == null ? "" : " (sequence " + change.sequenceNumber() + ")"),
                productsChanged ? AmendmentReason.PRODUCT_CHANGE : AmendmentReason.QUANTITY_CHANGE, change.note());
        try {
            amending.amend(order.getOrderNumber(), order.getOrderVersion(), request, changed, "erp:" + change.sender());
        } catch (OrderRejected rejected) { // nothing was changed: the sender is told why
            throw refusal(rejected, change.documentId(), change.sender(), change.buyerName());
        }
        String xml = order.isAwaitingApproval() ? answerAgain(order).orElseThrow() : original.getAnswer();
        em.persist(new ErpDocumentRecord(change.sender(), change.documentId(), CHANGE, order.getOrderNumber(),
                answerTo, clock.instant(), xml));
        if (!answerTo.equals(original.getReplyTo())) { // the answer went to the order's reply address: here too
            send(xml, answerTo, change.sender());
        }
    }

    /** An OrderCancellation cancels the order (SOP step 6); the answer says so. */
    private void receiveCancellation(ErpOrderCancellation cancellation, String answerTo) {
        Optional<ErpDocumentRecord> seen = recordOf(cancellation.sender(), cancellation.documentId(), CANCELLATION);
        if (seen.isPresent()) {
            send(seen.get().getAnswer(), answerTo, cancellation.sender());
            return;
        }
        ErpDocumentRecord original = originalOf(cancellation.sender(), cancellation.documentId(),
                cancellation.buyerName(), cancellation.orderId());
        Order order = orderOf(original, cancellation.documentId(), cancellation.sender(), cancellation.buyerName());
        try {
            amending.cancel(order.getOrderNumber(), order.getOrderVersion(), requestOf(cancellation.sender(),
                    "OrderCancellation " + cancellation.documentId(), AmendmentReason.CUSTOMER_CANCELLED,
                    cancellation.note()), "erp:" + cancellation.sender());
        } catch (OrderRejected rejected) {
            throw refusal(rejected, cancellation.documentId(), cancellation.sender(), cancellation.buyerName());
        }
        em.persist(new ErpDocumentRecord(cancellation.sender(), cancellation.documentId(), CANCELLATION,
                order.getOrderNumber(), answerTo, clock.instant(), original.getAnswer()));
        if (!answerTo.equals(original.getReplyTo())) {
            send(original.getAnswer(), answerTo, cancellation.sender());
        }
    }

    private static AmendmentRequest requestOf(String sender, String reference, AmendmentReason reason, String note) {
        return new AmendmentRequest(RequestChannel.ERP, "the buyer's ERP system (" + sender + ")",
                "a UBL document from the buyer party " + sender + " on the ERP queue", cut(reference,
                AmendmentRequest.MAX_TEXT), reason, note == null ? null : cut(note, AmendmentRequest.MAX_NOTE));
    }

    private ErpDocumentRecord originalOf(String sender, String documentId, String buyerName, String orderId) {
        return recordOf(sender, orderId, ORDER).orElseThrow(() -> new RefusedDocument(documentId, sender, buyerName,
                List.of("We have no order " + orderId + " from you; check the order reference.")));
    }

    private Order orderOf(ErpDocumentRecord original, String documentId, String sender, String buyerName) {
        if (original.getOrderNumber() == null) {
            throw new RefusedDocument(documentId, sender, buyerName, List.of("Order " + original.getDocumentId()
                    + " was not taken, so there is nothing to change."));
        }
        return orders.findForChange(original.getOrderNumber()).orElseThrow();
    }

    private static RefusedDocument refusal(OrderRejected rejected, String documentId, String sender,
                                           String buyerName) {
        return new RefusedDocument(documentId, sender, buyerName,
                rejected.getProblems().stream().map(InputRejected.Problem::message).toList());
    }

    private static Integer wholeQuantity(BigDecimal quantity) {
        if (quantity == null || quantity.signum() <= 0 || quantity.stripTrailingZeros().scale() > 0
                || quantity.compareTo(BigDecimal.valueOf(OrderDraft.MAX_LINE_QUANTITY)) > 0) {
            return null;
        }
        return quantity.intValueExact();
    }

    private ErpAnswer take(ErpOrder document) {
        Customer customer = customerOf(document);
        List<String> problems = new ArrayList<>();
        List<ErpAnswer.LineAnswer> answers = new ArrayList<>();
        OrderDraft draft = new OrderDraft().channel(Channel.ERP).customer(customer.getCustomerNumber());
        for (ErpOrder.Line line : document.lines()) {
            BigDecimal quantity = line.quantity();
            if (wholeQuantity(quantity) == null) {
                problems.add("Line " + line.lineId() + ": the quantity " + quantity + " is not a whole number from 1"
                        + " to " + OrderDraft.MAX_LINE_QUANTITY + ".");
                continue;
            }
            Optional<Product> product = productOf(line.sellersItemId(), line.gtin());
            if (product.isEmpty()) {
                answers.add(new ErpAnswer.LineAnswer(line.lineId(), false, quantity, line.unitCode(), null,
                        "No product of ours has the seller's item ID " + line.sellersItemId()
                                + (line.gtin() == null ? "" : " or the GTIN " + line.gtin()) + "."));
            } else if (line.unitCode() != null && !line.unitCode().equals(product.get().getUnitCode())) {
                answers.add(new ErpAnswer.LineAnswer(line.lineId(), false, quantity, line.unitCode(),
                        product.get().getCode(), "We sell " + product.get().getCode() + " by the unit "
                        + product.get().getUnitCode() + ", not " + line.unitCode() + "."));
            } else {
                draft.line(product.get().getCode(), quantity.intValueExact());
                answers.add(new ErpAnswer.LineAnswer(line.lineId(), true, quantity,
                        product.get().getUnitCode(), product.get().getCode(), null));
            }
        }
        if (!problems.isEmpty()) {
            throw new RefusedDocument(document.documentId(), document.sender(), document.buyerName(), problems);
        }
        if (answers.stream().noneMatch(ErpAnswer.LineAnswer::accepted)) {
            throw new RefusedDocument(document.documentId(), document.sender(), document.buyerName(),
                    answers.stream().map(a -> "Line " + a.lineId() + ": " + a.reason()).toList());
        }
        List<String> notes = new ArrayList<>();
        if (customer.getDefaultDeliveryAddress() == null) {
            throw new RefusedDocument(document.documentId(), document.sender(), document.buyerName(), List.of(
                    "We have no delivery address for " + customer.getName() + "; ask us to record one."));
        }
        draft.delivery(customer.getDefaultDeliveryAddress()).purchaseOrderReference(cut(document.documentId(),
                OrderDraft.MAX_REFERENCE)).instructions(document.note() == null ? null
                : cut(document.note(), OrderDraft.MAX_INSTRUCTIONS));
        if (document.requestedDate() != null && !document.requestedDate().isBefore(today())) {
            draft.requestedDate(document.requestedDate());
        } else if (document.requestedDate() != null) {
            notes.add("The requested delivery from " + document.requestedDate() + " has passed; see the promised"
                    + " delivery date.");
        }
        Order order;
        try {
            order = recording.record(draft, "erp:" + document.sender());
        } catch (OrderRejected rejected) {
            throw refusal(rejected, document.documentId(), document.sender(), document.buyerName());
        }
        if (order.isAwaitingApproval()) {
            notes.add("Recorded as " + order.getOrderNumber() + "; a second person double-checks it before it is"
                    + " handed over (" + String.join("; ", order.getFlags().stream().map(Flag::getReason).toList())
                    + ").");
        }
        boolean allTaken = answers.stream().allMatch(ErpAnswer.LineAnswer::accepted);
        answers.stream().filter(a -> !a.accepted()).forEach(a -> notes.add("Line " + a.lineId() + " not taken: "
                + a.reason()));
        return new ErpAnswer(document.documentId(), document.sender(), document.buyerName(), order.getOrderNumber(),
                order.getOrderVersion(), allTaken ? ErpAnswer.Code.AP : ErpAnswer.Code.CA, order.getEstimatedDate(),
                answers, notes);
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
        answerAgain(order, "Order " + order.getOrderNumber() + ": the promised delivery date moved from "
                + event.previousDate() + (order.getEstimatedDate() == null ? "; no date can be promised yet"
                : " to " + order.getEstimatedDate()) + " (" + order.getEstimateExplanation() + ").");
    }

    private Optional<String> answerAgain(Order order) {
        return answerAgain(order, order.isCancelled()
                ? "Order " + order.getOrderNumber() + " was cancelled (v" + order.getOrderVersion() + ")."
                : "Order " + order.getOrderNumber() + " was amended to v" + order.getOrderVersion() + ".");
    }

    private Optional<String> answerAgain(Order order, String note) {
        if (order.getChannel() != Channel.ERP) {
            return Optional.empty();
        }
        return em.createQuery("select d from ErpDocumentRecord d where d.orderNumber = :n and d.documentType = :t",
                        ErpDocumentRecord.class)
                .setParameter("n", order.getOrderNumber()).setParameter("t", ORDER)
                .getResultStream().findFirst().map(record -> {
                    List<ErpAnswer.LineAnswer> lines = new ArrayList<>();
                    for (OrderLine line : order.getLines()) {
                        lines.add(new ErpAnswer.LineAnswer(String.valueOf(line.getLineNumber()), !order.isCancelled(),
                                BigDecimal.valueOf(line.getQuantity()), null, line.getProductCode(),
                                order.isCancelled() ? "The order was cancelled." : null));
                    }
                    ErpAnswer answer = new ErpAnswer(record.getDocumentId(), record.getSender(), null,
                            order.getOrderNumber(), order.getOrderVersion(),
                            order.isCancelled() ? ErpAnswer.Code.RE : ErpAnswer.Code.CA,
                            order.isCancelled() ? null : order.getEstimatedDate(), lines, List.of(note));
                    String xml = documents.writeResponse(answer, today());
                    record.answeredAgain(xml);
                    send(xml, record.getReplyTo(), record.getSender());
                    return xml;
                });
    }

    private Customer customerOf(ErpOrder document) {
        for (String id : document.buyerIds()) {
            List<Customer> byGln = em.createQuery("select c from Customer c where c.gln = :id", Customer.class)
                    .setParameter("id", id).getResultList();
            if (!byGln.isEmpty()) {
                return byGln.get(0);
            }
            String mapped = buyers.get(id);
            if (mapped != null) {
                List<Customer> byNumber = em.createQuery("select c from Customer c where c.customerNumber = :n",
                        Customer.class).setParameter("n", mapped).getResultList();
                if (!byNumber.isEmpty()) {
                    return byNumber.get(0);
                }
            }
        }
        throw new RefusedDocument(document.documentId(), document.sender(), document.buyerName(), List.of(
                "The buyer " + String.join(" / ", document.buyerIds()) + " is not a customer of ours: ask us to"
                        + " record your GLN."));
    }

    private Optional<Product> productOf(String sellersItemId, String gtin) {
        if (sellersItemId != null) {
            List<Product> byCode = em.createQuery("select p from Product p where p.code = :c and p.active = true",
                    Product.class).setParameter("c", sellersItemId).getResultList();
            if (!byCode.isEmpty()) {
                return Optional.of(byCode.get(0));
            }
        }
        if (gtin != null) {
            return em.createQuery("select p from Product p where p.gtin = :g and p.active = true", Product.class)
                    .setParameter("g", gtin).getResultStream().findFirst();
        }
        return Optional.empty();
    }

    private Optional<ErpDocumentRecord> recordOf(String sender, String documentId, String type) {
        return em.createQuery("select d from ErpDocumentRecord d where d.sender = :s and d.documentId = :id"
                        + " and d.documentType = :t", ErpDocumentRecord.class)
                .setParameter("s", sender).setParameter("id", documentId).setParameter("t", type)
                .getResultStream().findFirst();
    }

    private void refuse(RefusedDocument refused, String answerTo, String jmsMessageId, String text) {
        ErpAnswer answer = refused.answer();
        LOG.warning(() -> refused.getMessage());
        em.persist(new ErpRejection(jmsMessageId, answer.sender(), answer.documentId(),
                String.join("; ", answer.reasons()), text, clock.instant(), true));
        send(documents.writeResponse(answer, today()), answerTo, answer.sender());
    }

    /** A document no retry can make readable goes straight to the dead-letter queue, with its reason. */
    private void deadLetter(String reason, String text, String jmsMessageId) {
        LOG.warning(() -> "ERP message " + jmsMessageId + " refused: " + reason);
        em.persist(new ErpRejection(jmsMessageId, null, null, reason, text, clock.instant(), false));
        jms.createProducer()
                .setProperty(DeadLetters.REFUSED_FROM_QUEUE, INBOUND_QUEUE)
                .setProperty(DeadLetters.REFUSAL_REASON, cut(reason, 1000))
                .send(jms.createQueue(DeadLetters.DEAD_LETTER_QUEUE), text == null ? "" : text);
    }

    private void send(String xml, String queue, String sender) {
        outbox.enqueue(UUID.randomUUID().toString(), queue, sender, ANSWER_TYPE, xml);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
