package io.ordertrail.erp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.helger.ubl21.UBL21Marshaller;
import io.ordertrail.erp.application.ErpPartners;
import io.ordertrail.erp.application.ErpRejections;
import io.ordertrail.inventory.domain.OrderAvailabilityWasChecked;
import io.ordertrail.orders.application.OrderQueries;
import io.ordertrail.orders.domain.Channel;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderLine;
import io.ordertrail.orders.domain.OrderNumber;
import io.ordertrail.orders.domain.OrderSearch;
import io.ordertrail.platform.Resources;
import io.ordertrail.platform.i18n.Phrase;
import io.ordertrail.testsupport.AsAdmin;
import io.ordertrail.testsupport.AsBrokerUser;
import io.ordertrail.testsupport.AsSales;
import io.ordertrail.testsupport.InContainer;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import oasis.names.specification.ubl.schema.xsd.orderresponse_21.OrderResponseType;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ERP channel through the real broker: UBL Orders sent to {@code erp.orders.in} are recorded like any order
 * (channel ERP) and answered with a schema-valid UBL OrderResponse on the sender's JMSReplyTo; the same document
 * twice is one order; bad documents are answered with a rejection or dead-lettered with their reason, and nothing of
 * them is stored.
 */
@ExtendWith(ArquillianExtension.class)
@org.junit.jupiter.api.Order(1)
class ErpOrdersThroughBrokerIT {

    private static final String ORDER_XML = "ubl/UBL-Order-2.1-Example.xml";
    private static final String CHANGE_XML = "ubl/UBL-OrderChange-2.1-Example.xml";
    private static final String CANCELLATION_XML = "ubl/UBL-OrderCancellation-2.1-Example.xml";

    @Deployment
    static WebArchive ordertrail() throws URISyntaxException {
        return InContainer.ordertrail();
    }

    /** The run command's ERP partner (demo data), which may act for C-1001 and C-1002. */
    private static final String DEMO_PARTNER = "demo-erp";

    private static final String DEMO_PASSWORD = "demo-erp-password";
    private static final String DEMO_ANSWERS = "erp.answers.demo-erp";

    /** The application's own broker connection: reads answers and the dead-letter queue. */
    @Inject
    @JMSConnectionFactory(Resources.CONNECTION_FACTORY)
    JMSContext jms;

    @Inject
    AsBrokerUser asBrokerUser;

    @Inject
    AsAdmin asAdmin;

    @Inject
    ErpPartners partners;

    @Inject
    ErpRejections rejections;

    @Inject
    AsSales asSales;

    @Inject
    OrderQueries orders;

    @Inject
    Event<OrderAvailabilityWasChecked> availabilityChecked;

    private static String example() throws IOException {
        return resource(ORDER_XML);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ErpOrdersThroughBrokerIT.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The example OrderChange or OrderCancellation, with an ID of its own, of the order with that ID. */
    private static String ofOrder(String name, String id, String orderId) throws IOException {
        return resource(name)
                .replaceFirst("<cbc:ID>7</cbc:ID>", "<cbc:ID>" + id + "</cbc:ID>")
                .replace(
                        "<cac:OrderReference>\n    <cbc:ID>34</cbc:ID>",
                        "<cac:OrderReference>\n    <cbc:ID>" + orderId + "</cbc:ID>");
    }

    /** The example order under another order ID, so that it is a new document of the same buyer. */
    private static String exampleNumbered(String id) throws IOException {
        return example().replace("<cbc:ID>34</cbc:ID>", "<cbc:ID>" + id + "</cbc:ID>");
    }

    /** Sends the document as the demo partner, with a reply queue of its own under its answer queue. */
    private Queue send(String document) throws Exception {
        return sendAs(DEMO_PARTNER, DEMO_PASSWORD, replyQueueUnder(DEMO_ANSWERS), document);
    }

    private Queue replyQueueUnder(String answerQueue) {
        return jms.createQueue(answerQueue + ".test-" + UUID.randomUUID());
    }

    /** Sends as a partner's broker user (bytes or text), naming the reply queue; returns that queue. */
    private Queue sendAs(String partner, String password, Queue replies, Object document) throws Exception {
        asBrokerUser.send(partner, password, "erp.orders.in", replies.getQueueName(), document, Map.of());
        return replies;
    }

    private OrderResponseType answerOn(Queue replies) throws Exception {
        return groupedAnswerOn(replies).response();
    }

    /** An answer and its JMS message group: the answers about one order share one, and keep their order in it. */
    private record GroupedAnswer(OrderResponseType response, String group) {}

    private GroupedAnswer groupedAnswerOn(Queue replies) throws Exception {
        try (JMSConsumer consumer = jms.createConsumer(replies)) {
            Message message = consumer.receive(Duration.ofSeconds(30).toMillis());
            assertThat(message).as("an answer within 30 s").isNotNull();
            OrderResponseType response = UBL21Marshaller.orderResponse().read(((TextMessage) message).getText());
            assertThat(response).as("a schema-valid UBL 2.1 OrderResponse").isNotNull();
            return new GroupedAnswer(response, message.getStringProperty("JMSXGroupID"));
        }
    }

    private long orderCount() throws Exception {
        return asSales.call(() -> orders.count(OrderSearch.all()));
    }

    @Test
    void theOasisExampleOrderIsAcceptedAndAnsweredWithOurOrderNumberAndTheSameDocumentAgainMakesNoSecondOrder()
            throws Exception {
        OrderResponseType answer = answerOn(send(example()));

        assertThat(answer.getOrderResponseCode().getValue()).isEqualTo("AP");
        assertThat(answer.getOrderReference().get(0).getID().getValue()).isEqualTo("34");
        String number = answer.getSalesOrderID().getValue();
        Order order =
                asSales.call(() -> orders.byNumber(new OrderNumber(number))).orElseThrow();
        assertThat(order.getChannel()).isEqualTo(Channel.ERP);
        assertThat(order.getCustomer().getCustomerNumber()).isEqualTo("C-1001");
        assertThat(order.getLines())
                .extracting(OrderLine::getProductCode, OrderLine::getQuantity)
                .containsExactly(tuple("SItemNo001", 120), tuple("SItemNo011", 15));
        assertThat(order.getInstructions()).isEqualTo("Information text for the whole order");
        assertThat(answer.getOrderLine())
                .extracting(l -> l.getLineItem().getQuantity().getUnitCode())
                .containsExactly("LTR", "C62");
        // the answer states the order's amounts: 120 x 50.00 + 15 x 15.00 = 6,225.00 net, 20 % VAT 1,245.00
        assertThat(answer.getDocumentCurrencyCode().getValue()).isEqualTo(order.getCurrencyCode());
        assertThat(answer.getTaxTotal().get(0).getTaxAmount().getValue())
                .isEqualByComparingTo(order.getTaxAmount())
                .isEqualByComparingTo("1245.00");
        assertThat(answer.getLegalMonetaryTotal().getLineExtensionAmount().getValue())
                .isEqualByComparingTo(order.getTotal());
        assertThat(answer.getLegalMonetaryTotal().getPayableAmount().getValue())
                .isEqualByComparingTo(order.getGrossTotal())
                .isEqualByComparingTo("7470.00");
        long count = orderCount();

        OrderResponseType again = answerOn(send(example()));

        assertThat(again.getSalesOrderID().getValue()).isEqualTo(number);
        assertThat(orderCount()).isEqualTo(count);
    }

    @Test
    void aPromisedDateMovedByInventoryIsAnsweredAgainWithTheNewDate() throws Exception {
        String orderId = "PROMISE-" + UUID.randomUUID().toString().substring(0, 8);
        Queue replies = send(exampleNumbered(orderId));
        GroupedAnswer firstAnswer = groupedAnswerOn(replies);
        OrderResponseType first = firstAnswer.response();
        String number = first.getSalesOrderID().getValue();
        assertThat(firstAnswer.group())
                .as("the order's answers form a group of their own, apart from its handovers and other orders")
                .isEqualTo("answers/" + number);
        LocalDate promised = promisedDate(first);
        LocalDate stockExpected = promised.plusDays(20);

        // what inventory reports when another order took the stock between verification and reservation
        asSales.call(() -> {
            availabilityChecked.fire(new OrderAvailabilityWasChecked(
                    number,
                    1,
                    false,
                    List.of(
                            Phrase.of(
                                    "reservation.short",
                                    "SItemNo001",
                                    "20",
                                    "100",
                                    Phrase.of("availability.expected", stockExpected.toString())),
                            Phrase.of("reservation.reserved", "SItemNo011", "15")),
                    stockExpected,
                    true,
                    null));
            return null;
        });

        GroupedAnswer revisedAnswer = groupedAnswerOn(replies);
        assertThat(revisedAnswer.group()).isEqualTo(firstAnswer.group());
        OrderResponseType revised = revisedAnswer.response();
        assertThat(revised.getSalesOrderID().getValue()).isEqualTo(number);
        assertThat(revised.getOrderResponseCode().getValue()).isEqualTo("CA");
        LocalDate newDate = promisedDate(revised);
        assertThat(newDate).isAfter(stockExpected);
        assertThat(revised.getNote().get(0).getValue())
                .startsWith("Order " + number + ": the promised delivery date moved from " + promised + " to " + newDate
                        + " (short; stock expected");
        assertThat(asSales.call(() -> orders.byNumber(new OrderNumber(number)))
                        .orElseThrow()
                        .getEstimatedDate())
                .isEqualTo(newDate);
    }

    private static LocalDate promisedDate(OrderResponseType answer) {
        return answer.getDelivery()
                .get(0)
                .getPromisedDeliveryPeriod()
                .getStartDate()
                .getValue()
                .toLocalDate();
    }

    @Test
    void anOrderChangeMakesANewVersionOfTheOrderAndANewAnswerAndACancellationEndsIt() throws Exception {
        String orderId = "CHANGING-" + UUID.randomUUID().toString().substring(0, 8);
        String number =
                answerOn(send(exampleNumbered(orderId))).getSalesOrderID().getValue();
        String change = ofOrder(CHANGE_XML, "C-" + orderId, orderId);
        assertThat(change).contains("<cbc:ID>" + orderId + "</cbc:ID>");

        OrderResponseType changed = answerOn(send(change));

        assertThat(changed.getSalesOrderID().getValue()).isEqualTo(number);
        assertThat(changed.getNote().get(0).getValue()).isEqualTo("Order " + number + " was amended to v2.");
        Order order =
                asSales.call(() -> orders.byNumber(new OrderNumber(number))).orElseThrow();
        assertThat(order.getOrderVersion()).isEqualTo(2);
        assertThat(order.getLines())
                .extracting(OrderLine::getProductCode, OrderLine::getQuantity)
                .containsExactly(tuple("SItemNo001", 240), tuple("SItemNo011", 15));
        assertThat(order.getVersions().get(1).getRequestChannel())
                .isEqualTo(io.ordertrail.orders.domain.RequestChannel.ERP);

        OrderResponseType cancelled = answerOn(send(ofOrder(CANCELLATION_XML, "X-" + orderId, orderId)));

        assertThat(cancelled.getOrderResponseCode().getValue()).isEqualTo("RE");
        assertThat(cancelled.getNote().get(0).getValue()).isEqualTo("Order " + number + " was cancelled (v3).");
        assertThat(asSales.call(() -> orders.byNumber(new OrderNumber(number)))
                        .orElseThrow()
                        .getStatus())
                .isEqualTo(io.ordertrail.orders.domain.OrderStatus.CANCELLED);
        OrderResponseType changeOfCancelled = answerOn(send(ofOrder(CHANGE_XML, "C3-" + orderId, orderId)));
        assertThat(changeOfCancelled.getOrderResponseCode().getValue()).isEqualTo("RE");
        assertThat(changeOfCancelled.getNote().get(0).getValue()).startsWith("Order " + number + " is cancelled on ");
        assertThat(asSales.call(() -> orders.byNumber(new OrderNumber(number)))
                        .orElseThrow()
                        .getOrderVersion())
                .isEqualTo(3);
        OrderResponseType changeOfUnknown = answerOn(send(ofOrder(CHANGE_XML, "C2-" + orderId, "NO-SUCH-ORDER")));
        assertThat(changeOfUnknown.getOrderResponseCode().getValue()).isEqualTo("RE");
        assertThat(changeOfUnknown.getNote().get(0).getValue())
                .isEqualTo("We have no order NO-SUCH-ORDER from you;" + " check the order reference.");
    }

    @Test
    void aPartlyUnknownOrderIsTakenForTheKnownLinesAndAnsweredLineByLine() throws Exception {
        OrderResponseType answer = answerOn(
                send(exampleNumbered("PART-" + UUID.randomUUID().toString().substring(0, 8))
                        .replace("<cbc:ID>SItemNo011</cbc:ID>", "<cbc:ID>NO-SUCH-ITEM</cbc:ID>")));

        assertThat(answer.getOrderResponseCode().getValue()).isEqualTo("CA");
        assertThat(answer.getOrderLine())
                .extracting(
                        l -> l.getLineItem().getLineStatusCode().getValue(),
                        l -> l.getNote().get(0).getValue())
                .containsExactly(
                        tuple("NoStatus", "Accepted"),
                        tuple(
                                "Disputed",
                                "Rejected: No product of ours has the seller's item ID NO-SUCH-ITEM or the GTIN"
                                        + " 123452340123."));
        Order order = asSales.call(() ->
                        orders.byNumber(new OrderNumber(answer.getSalesOrderID().getValue())))
                .orElseThrow();
        assertThat(order.getLines()).extracting(OrderLine::getProductCode).containsExactly("SItemNo001");
    }

    @Test
    void documentsOfAKnownBuyerThatCannotBeTakenAreRejectedWithTheReasonAndNothingIsStored() throws Exception {
        long before = orderCount();

        OrderResponseType unknownProducts = answerOn(send(exampleNumbered("UNKNOWN-1")
                .replace("<cbc:ID>SItemNo001</cbc:ID>", "<cbc:ID>NOPE-1</cbc:ID>")
                .replace(
                        "<cbc:ID schemeAgencyID=\"6\" schemeID=\"GTIN\">1234567890123</cbc:ID>",
                        "<cbc:ID schemeAgencyID=\"6\" schemeID=\"GTIN\">0000000000000</cbc:ID>")
                .replace("<cbc:ID>SItemNo011</cbc:ID>", "<cbc:ID>NOPE-2</cbc:ID>")));
        OrderResponseType negative = answerOn(send(exampleNumbered("NEGATIVE-1")
                .replace(
                        "<cbc:Quantity unitCode=\"LTR\">120</cbc:Quantity>",
                        "<cbc:Quantity unitCode=\"LTR\">-120</cbc:Quantity>")));
        OrderResponseType invalid = answerOn(send(exampleNumbered("INVALID-1")
                .replace("<cbc:IssueDate>2010-01-20</cbc:IssueDate>", "<cbc:IssueDate>yesterday</cbc:IssueDate>")));

        assertThat(List.of(unknownProducts, negative, invalid))
                .extracting(r -> r.getOrderResponseCode().getValue())
                .containsOnly("RE");
        assertThat(unknownProducts.getNote().get(0).getValue()).contains("NOPE-1");
        assertThat(negative.getNote().get(0).getValue()).contains("Line 1: the quantity -120 is not a whole number");
        assertThat(invalid.getNote().get(0).getValue()).contains("Not valid against the UBL 2.1 Order schema");
        assertThat(List.of(unknownProducts, negative, invalid)).allMatch(r -> r.getSalesOrderID() == null);
        assertThat(orderCount()).isEqualTo(before);
    }

    @Test
    void aPartnerThatNamesABuyerItMayNotActForIsAnsweredReOnItsOwnQueueAndNothingIsStored() throws Exception {
        String name = "it-other-" + UUID.randomUUID().toString().substring(0, 8);
        ErpPartners.PartnerCredentials other = asAdmin.call(() -> partners.add(
                new ErpPartners.PartnerDetails(name, "Another buyer's ERP system", null, List.of("C-1003"))));
        long before = orderCount();

        // the example names Johnssons (C-1001), which only demo-erp may act for; the reply-to is demo-erp's queue
        Queue demoPartnersQueue = replyQueueUnder(DEMO_ANSWERS);
        sendAs(name, other.password(), demoPartnersQueue, exampleNumbered("OTHER-" + UUID.randomUUID()));

        OrderResponseType answer = answerOn(jms.createQueue("erp.answers." + name));
        assertThat(answer.getOrderResponseCode().getValue()).isEqualTo("RE");
        assertThat(answer.getNote())
                .extracting(n -> n.getValue())
                .anyMatch(note -> note.contains("You (" + name + ") may not order for the buyer 7300070011115"));
        assertThat(orderCount()).isEqualTo(before);
        try (JMSConsumer consumer = jms.createConsumer(demoPartnersQueue)) {
            assertThat(consumer.receiveNoWait())
                    .as("nothing on another partner's queue")
                    .isNull();
        }
    }

    @Test
    void aDocumentFromABrokerUserThatIsNoPartnerIsDeadLetteredWithItsReasonAndNothingIsStored() throws Exception {
        String marker = "NOT-A-PARTNER-" + UUID.randomUUID();
        long before = orderCount();

        asSales.call(
                () -> { // the application's own broker user: no ERP partner
                    jms.createProducer().send(jms.createQueue("erp.orders.in"), exampleNumbered(marker));
                    return null;
                });

        await().atMost(Duration.ofSeconds(30))
                .until(() -> asAdmin.call(() -> rejections.recent()).stream()
                        .anyMatch(r -> r.getExcerpt() != null
                                && r.getExcerpt().contains(marker)
                                && r.getReason()
                                        .equals("Sent by ordertrail, which is not an enabled ERP partner;"
                                                + " nothing of it was taken.")));
        assertThat(asSales.call(() -> deadLettersWith(marker))).hasSize(1);
        assertThat(orderCount()).isEqualTo(before);
    }

    @Test
    void documentsThatCannotBeReadGoToTheDeadLetterQueueWithTheirReasonAndNothingIsStored() throws Exception {
        long before = orderCount();
        String marker = UUID.randomUUID().toString();
        String example = example();
        String laughs =
                "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>"
                        + "<Order xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Order-2\">&lol2;<!--" + marker
                        + "--></Order>";
        List<String> bad = List.of(
                "not xml at all " + marker,
                "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"><!--" + marker
                        + "--></Invoice>",
                "<?xml version=\"1.0\"?><!DOCTYPE Order [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<Order xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Order-2\">&x;<!--" + marker
                        + "--></Order>",
                laughs,
                example.replace("Information text for the whole order", marker + "x".repeat(1_100_000)),
                example.substring(0, example.indexOf("<cac:BuyerCustomerParty>")) + "<!--" + marker + "-->"
                        + example.substring(
                                example.indexOf("</cac:BuyerCustomerParty>") + "</cac:BuyerCustomerParty>".length()));
        for (String document : bad) {
            send(document);
        }
        // as some ERP adapters send it: bytes, refused on its length alone, with only its start kept
        byte[] oversizedBytes =
                ("<!--" + marker + "-->" + example + " ".repeat(1_100_000)).getBytes(StandardCharsets.UTF_8);
        sendAs(DEMO_PARTNER, DEMO_PASSWORD, replyQueueUnder(DEMO_ANSWERS), oversizedBytes);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> asSales.call(() -> deadLettersWith(marker)).size() == bad.size() + 1);
        assertThat(asSales.call(() -> deadLettersWith(marker)))
                .containsExactlyInAnyOrder(
                        tuple("erp.orders.in", "The document is"),
                        tuple("erp.orders.in", "Not well-formed XML"),
                        tuple("erp.orders.in", "Not a UBL 2.1 Order"),
                        tuple("erp.orders.in", "The document declares a document type (DOCTYPE)"),
                        tuple("erp.orders.in", "The document declares a document type (DOCTYPE)"),
                        tuple("erp.orders.in", "The document is"),
                        tuple("erp.orders.in", "Not valid against the UBL 2.1 Order schema"));
        assertThat(orderCount()).isEqualTo(before);
    }

    /** The dead letters whose body carries the marker: the queue they came from, and the start of their reason. */
    private List<org.assertj.core.groups.Tuple> deadLettersWith(String marker) throws jakarta.jms.JMSException {
        List<org.assertj.core.groups.Tuple> found = new java.util.ArrayList<>();
        List<String> starts = List.of(
                "Sent by",
                "Not well-formed XML",
                "Not a UBL 2.1 Order",
                "The document declares a document type (DOCTYPE)",
                "The document is",
                "Not valid against the UBL 2.1 Order schema");
        try (QueueBrowser browser = jms.createBrowser(jms.createQueue("DLQ"))) {
            for (Object each : Collections.list(browser.getEnumeration())) {
                Message message = (Message) each;
                if (message instanceof TextMessage text && text.getText().contains(marker)) {
                    String reason = message.getStringProperty("ordertrail_refusal_reason");
                    found.add(tuple(
                            message.getStringProperty("ordertrail_refused_from"),
                            starts.stream()
                                    .filter(reason::startsWith)
                                    .findFirst()
                                    .orElse(reason)));
                }
            }
        }
        return found;
    }
}
