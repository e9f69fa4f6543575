package io.ordertrail.erp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.helger.ubl21.UBL21Marshaller;
import io.ordertrail.customers.application.CustomerRecords;
import io.ordertrail.customers.domain.CustomerDetails;
import io.ordertrail.erp.application.ErpPartners;
import io.ordertrail.erp.domain.ErpPartner;
import io.ordertrail.erp.infrastructure.PeppolRules;
import io.ordertrail.orders.application.OrderQueries;
import io.ordertrail.orders.domain.Channel;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderLine;
import io.ordertrail.orders.domain.OrderNumber;
import io.ordertrail.orders.domain.OrderSearch;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.Resources;
import io.ordertrail.testsupport.AsAdmin;
import io.ordertrail.testsupport.AsBrokerUser;
import io.ordertrail.testsupport.AsSales;
import io.ordertrail.testsupport.InContainer;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.xml.parsers.DocumentBuilderFactory;
import oasis.names.specification.ubl.schema.xsd.orderresponse_21.OrderResponseType;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xml.sax.InputSource;

/**
 * PEPPOL BIS 3 ordering through the real broker, as a partner that speaks it sends: PEPPOL Orders (T01) of a GLN
 * buyer and of a Norwegian buyer (0192) with GTIN-14s, a rejected line, an Order Change (T114) and an Order
 * Cancellation (T115), written from the specification. Each answer is a PEPPOL Order Response that passes the
 * official T76 rules, run here by the validator the application uses; a document that breaks a fatal T01 rule is
 * answered RE naming the rule, and nothing of it is stored.
 */
@ExtendWith(ArquillianExtension.class)
// before the shared instance starts: its listeners, on their own database, would take these partners' documents too
@org.junit.jupiter.api.Order(1)
class PeppolOrdersThroughBrokerIT {

    @Deployment
    static WebArchive ordertrail() throws URISyntaxException {
        return InContainer.ordertrail();
    }

    @Inject
    @JMSConnectionFactory(Resources.CONNECTION_FACTORY)
    JMSContext jms;

    @Inject
    AsBrokerUser asBrokerUser;

    @Inject
    AsAdmin asAdmin;

    @Inject
    AsSales asSales;

    @Inject
    ErpPartners partners;

    @Inject
    CustomerRecords customers;

    @Inject
    OrderQueries orders;

    private String partner;
    private String password;
    private String norwegianNumber;
    private String norwegianCustomer;

    /** A partner of its own that speaks PEPPOL BIS, for Johnssons (C-1001) and a Norwegian buyer of its own. */
    @BeforeEach
    void aPartnerThatSpeaksPeppol() throws Exception {
        norwegianNumber = norwegianOrganisationNumber();
        norwegianCustomer = asSales.call(() -> customers
                .create(
                        new CustomerDetails(
                                "Fjordbygg AS " + norwegianNumber,
                                "innkjop-" + norwegianNumber + "@example.no",
                                null,
                                "Bryggen 1, 5003 Bergen",
                                "EMAIL",
                                null,
                                List.of(),
                                List.of(new CustomerDetails.Address(
                                        "Main", "Bryggen 1, 5003 Bergen, Norway", null, true)),
                                List.of(new CustomerDetails.Identifier("0192", norwegianNumber)),
                                null,
                                null,
                                null),
                        "A PEPPOL buyer for the test")
                .getCustomerNumber());
        partner = "it-peppol-" + UUID.randomUUID().toString().substring(0, 8);
        password = asAdmin.call(() -> partners.add(new ErpPartners.PartnerDetails(
                        partner,
                        "A PEPPOL access point",
                        null,
                        List.of("C-1001", norwegianCustomer),
                        ErpPartner.Profile.PEPPOL_BIS)))
                .password();
    }

    @Test
    void aGlnBuyersOrderWithAGtin14IsTakenAndAnsweredWithAnOrderResponseThatPassesT76() throws Exception {
        String orderId = "PO-" + UUID.randomUUID();
        String answer = sendAndAnswer(fixture("T01-order-gln-buyer.xml").replace("PO-GLN-1", orderId));

        assertThat(fatalT76(answer)).as(answer).isEmpty();
        OrderResponseType response = UBL21Marshaller.orderResponse().read(answer);
        assertThat(response.getOrderResponseCode().getValue()).isEqualTo("AP");
        assertThat(response.getCustomizationID().getValue()).isEqualTo("urn:fdc:peppol.eu:poacc:trns:order_response:3");
        assertThat(response.getProfileID().getValue()).isEqualTo("urn:fdc:peppol.eu:poacc:bis:ordering:3");
        assertThat(response.getBuyerCustomerParty().getParty().getEndpointID().getValue())
                .isEqualTo("7300070011115");
        assertThat(response.getSellerSupplierParty().getParty().getEndpointID().getSchemeID())
                .isEqualTo("0088");
        assertThat(response.getOrderReference().get(0).getID().getValue()).isEqualTo(orderId);
        Order order = order(response.getSalesOrderID().getValue());
        assertThat(order.getChannel()).isEqualTo(Channel.ERP);
        assertThat(order.getCustomer().getCustomerNumber()).isEqualTo("C-1001");
        // the second line named only by the GTIN-14 01234567890123: the product on record as 1234567890123
        assertThat(order.getLines())
                .extracting(OrderLine::getProductCode, OrderLine::getQuantity)
                .containsExactly(tuple("SItemNo011", 4), tuple("SItemNo001", 10));
    }

    @Test
    void aNorwegianBuyerByOrganisationNumberWithALineWeDoNotSellIsAnsweredCaWithThatLine() throws Exception {
        String unknownLine = """
                  <cac:OrderLine>
                    <cac:LineItem>
                      <cbc:ID>3</cbc:ID>
                      <cbc:Quantity unitCode="C62">2</cbc:Quantity>
                      <cac:Item>
                        <cbc:Name>Ladder, 3 m</cbc:Name>
                        <cac:StandardItemIdentification>
                          <cbc:ID schemeID="0160">07350053850019</cbc:ID>
                        </cac:StandardItemIdentification>
                      </cac:Item>
                    </cac:LineItem>
                  </cac:OrderLine>
                </Order>""";
        String document = fixture("T01-order-0192-buyer.xml")
                .replace("974760673", norwegianNumber)
                .replace("PO-NO-1", "PO-" + UUID.randomUUID())
                .replace("</Order>", unknownLine);

        String answer = sendAndAnswer(document);

        assertThat(fatalT76(answer)).as(answer).isEmpty();
        OrderResponseType response = UBL21Marshaller.orderResponse().read(answer);
        assertThat(response.getOrderResponseCode().getValue()).isEqualTo("CA");
        assertThat(response.getBuyerCustomerParty().getParty().getEndpointID().getSchemeID())
                .isEqualTo("0192");
        assertThat(response.getOrderLine())
                .extracting(
                        l -> l.getLineItem().getID().getValue(),
                        l -> l.getLineItem().getLineStatusCode().getValue())
                .containsExactly(tuple("3", "7"));
        assertThat(response.getOrderLine().get(0).getLineItem().getNote().get(0).getValue())
                .contains("07350053850019");
        Order order = order(response.getSalesOrderID().getValue());
        assertThat(order.getCustomer().getCustomerNumber()).isEqualTo(norwegianCustomer);
        assertThat(order.getLines()).hasSize(2);
    }

    @Test
    void anOrderChangeAndACancellationAreAnsweredInTheProfileAndPassT76() throws Exception {
        String orderId = "PO-" + UUID.randomUUID();
        String first = sendAndAnswer(fixture("T01-order-gln-buyer.xml").replace("PO-GLN-1", orderId));
        String number =
                UBL21Marshaller.orderResponse().read(first).getSalesOrderID().getValue();

        String changed = sendAndAnswer(fixture("T114-order-change.xml")
                .replace("PO-GLN-1-C1", orderId + "-C1")
                .replace("PO-GLN-1", orderId));

        assertThat(fatalT76(changed)).as(changed).isEmpty();
        assertThat(order(number).getOrderVersion()).isEqualTo(2);
        assertThat(order(number).getLines())
                .extracting(OrderLine::getProductCode, OrderLine::getQuantity)
                .contains(tuple("SItemNo011", 6));
        OrderResponseType afterChange = UBL21Marshaller.orderResponse().read(changed);
        assertThat(afterChange.getOrderResponseCode().getValue()).isEqualTo("CA");
        assertThat(afterChange.getOrderLine())
                .extracting(l -> l.getLineItem().getLineStatusCode().getValue())
                .containsOnly("5");

        String cancelled = sendAndAnswer(fixture("T115-order-cancellation.xml")
                .replace("PO-GLN-1-X1", orderId + "-X1")
                .replace("PO-GLN-1", orderId));

        assertThat(fatalT76(cancelled)).as(cancelled).isEmpty();
        assertThat(UBL21Marshaller.orderResponse()
                        .read(cancelled)
                        .getOrderResponseCode()
                        .getValue())
                .isEqualTo("RE");
        assertThat(order(number).isCancelled()).isTrue();
    }

    @Test
    void aDocumentThatBreaksAFatalT01RuleIsAnsweredReNamingTheRuleAndNothingIsStored() throws Exception {
        long before = asSales.call(() -> orders.count(OrderSearch.all()));
        String noQuantity = fixture("T01-order-gln-buyer.xml")
                .replace("PO-GLN-1", "PO-" + UUID.randomUUID())
                .replace("<cbc:Quantity unitCode=\"C62\">4</cbc:Quantity>", "");

        String answer = sendAndAnswer(noQuantity);

        assertThat(fatalT76(answer)).as(answer).isEmpty();
        OrderResponseType response = UBL21Marshaller.orderResponse().read(answer);
        assertThat(response.getOrderResponseCode().getValue()).isEqualTo("RE");
        assertThat(response.getNote().get(0).getValue())
                .contains("[PEPPOL-T01-B23602] Element 'cbc:Quantity' MUST be provided.");
        assertThat(response.getSalesOrderID()).isNull();
        assertThat(asSales.call(() -> orders.count(OrderSearch.all()))).isEqualTo(before);
    }

    @Test
    void aPartnerMaySpeakPeppolOnlyOnceOurElectronicAddressIsKnownAndItIsShownWithThePartner() throws Exception {
        // the tests' instance has ORDERTRAIL_ERP_SELLER_ENDPOINT set, so the choice is kept and shown
        ErpPartner saved = asAdmin.call(() -> partners.all().stream()
                .filter(p -> p.getName().equals(partner))
                .findFirst()
                .orElseThrow());
        assertThat(saved.getProfile()).isEqualTo(ErpPartner.Profile.PEPPOL_BIS);
        assertThat(asAdmin.call(() -> partners.changes()))
                .anyMatch(c -> c.getPartner().equals(partner) && c.getChange().contains("in PEPPOL BIS 3"));
        // a name that breaks the rules is still refused before the profile is looked at
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> asAdmin.call(() -> partners.add(
                        new ErpPartners.PartnerDetails("X", "bad", null, List.of(), ErpPartner.Profile.PEPPOL_BIS))))
                .isInstanceOf(InputRejected.class);
    }

    /** Sends as the PEPPOL partner (no JMSReplyTo: the answer comes on its answer queue) and reads the answer. */
    private String sendAndAnswer(String document) throws Exception {
        asBrokerUser.send(partner, password, "erp.orders.in", null, document, Map.of());
        try (JMSConsumer consumer = jms.createConsumer(jms.createQueue("erp.answers." + partner))) {
            Message message = consumer.receive(Duration.ofSeconds(30).toMillis());
            assertThat(message).as("an answer within 30 s").isNotNull();
            return ((TextMessage) message).getText();
        }
    }

    private Order order(String number) throws Exception {
        return asSales.call(() -> orders.byNumber(new OrderNumber(number))).orElseThrow();
    }

    /** The fatal T76 rules the answer breaks, by the official rules the application runs too. */
    private static List<String> fatalT76(String answer) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return PeppolRules.check(
                        PeppolRules.Transaction.ORDER_RESPONSE,
                        factory.newDocumentBuilder().parse(new InputSource(new StringReader(answer))))
                .stream()
                .filter(PeppolRules.Failure::fatal)
                .map(PeppolRules.Failure::said)
                .toList();
    }

    private static String fixture(String name) throws Exception {
        try (InputStream in =
                PeppolOrdersThroughBrokerIT.class.getClassLoader().getResourceAsStream("peppol/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A Norwegian organisation number of nine digits with its modulus-11 check digit, new for each test. */
    private static String norwegianOrganisationNumber() {
        int[] weights = {3, 2, 7, 6, 5, 4, 3, 2};
        while (true) {
            String body =
                    "9" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (body.charAt(i) - '0') * weights[i];
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return body + check;
            }
        }
    }
}
