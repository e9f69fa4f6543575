package io.ordertrail.erp.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.helger.ubl21.UBL21Marshaller;
import io.ordertrail.customers.domain.VatTreatment;
import io.ordertrail.erp.domain.ErpAnswer;
import io.ordertrail.erp.domain.ErpOrder;
import io.ordertrail.erp.domain.RefusedDocument;
import io.ordertrail.erp.domain.UnreadableDocument;
import io.ordertrail.orders.domain.TaxBreakdown;
import io.ordertrail.orders.domain.VatRounding;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import oasis.names.specification.ubl.schema.xsd.orderresponse_21.OrderResponseType;
import org.junit.jupiter.api.Test;

/** Reading buyers' UBL Orders safely, and answering with a schema-valid OrderResponse. */
class UblDocumentsTest {

    private final UblDocuments documents = new UblDocuments(100_000, "Ordertrail order desk");

    static String fixture(String name) throws IOException {
        try (InputStream in = UblDocumentsTest.class.getResourceAsStream("/ubl/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theOasisExampleOrderIsReadWithItsBuyerLinesUnitsAndDates() throws IOException {
        ErpOrder order = (ErpOrder) documents.read(fixture("UBL-Order-2.1-Example.xml"));

        assertThat(order.sender()).isEqualTo("7300070011115");
        assertThat(order.buyerIds()).contains("PartyID123");
        assertThat(order.buyerName()).isEqualTo("Johnssons byggvaror");
        assertThat(order.documentId()).isEqualTo("34");
        assertThat(order.lines())
                .extracting(
                        ErpOrder.Line::lineId,
                        ErpOrder.Line::sellersItemId,
                        ErpOrder.Line::gtin,
                        ErpOrder.Line::unitCode)
                .containsExactly(
                        tuple("1", "SItemNo001", "1234567890123", "LTR"),
                        tuple("2", "SItemNo011", "123452340123", "C62"));
        assertThat(order.lines().get(0).quantity()).isEqualByComparingTo("120");
        assertThat(order.requestedDate()).isEqualTo(LocalDate.of(2010, 2, 10));
        assertThat(order.note()).isEqualTo("Information text for the whole order");
    }

    @Test
    void anExternalEntityIsNeverResolved() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE Order [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Order xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Order-2\">&x;</Order>";

        assertThatThrownBy(() -> documents.read(xxe))
                .isInstanceOf(UnreadableDocument.class)
                .hasMessageContaining("declares a document type (DOCTYPE)")
                .hasMessageNotContaining("root:");
    }

    @Test
    void entityExpansionIsRefusedBeforeAnyExpansion() {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol")
                    .append(i)
                    .append(" \"")
                    .append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">");
        }
        laughs.append("]><Order xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Order-2\">&lol9;</Order>");

        assertThatThrownBy(() -> documents.read(laughs.toString()))
                .isInstanceOf(UnreadableDocument.class)
                .hasMessageContaining("DOCTYPE");
    }

    @Test
    void notXmlNotUblAndTooLargeAreUnreadableWithTheirReason() throws IOException {
        assertThatThrownBy(() -> documents.read("ORDER 34: 120 litres of red paint"))
                .isInstanceOf(UnreadableDocument.class)
                .hasMessageStartingWith("Not well-formed XML");
        assertThatThrownBy(() -> documents.read("<invoice xmlns=\"urn:example\"/>"))
                .isInstanceOf(UnreadableDocument.class)
                .hasMessageContaining("Not a UBL 2.1 Order");
        assertThatThrownBy(() -> documents.read("<Order><ID>34</ID></Order>"))
                .as("an Order in no namespace")
                .isInstanceOf(UnreadableDocument.class)
                .hasMessageContaining("Not a UBL 2.1 Order")
                .hasMessageContaining("the root element is Order, in no namespace");
        String big = fixture("UBL-Order-2.1-Example.xml")
                .replace("Information text for the whole order", "x".repeat(100_000));
        assertThatThrownBy(() -> documents.read(big))
                .isInstanceOf(UnreadableDocument.class)
                .hasMessageContaining("over the limit of 100000 bytes");
    }

    @Test
    void anInvalidOrderOfAKnownBuyerIsRefusedToThatBuyerAndOneWithoutBuyerIsUnreadable() throws IOException {
        String invalid = fixture("UBL-Order-2.1-Example.xml")
                .replace("<cbc:IssueDate>2010-01-20</cbc:IssueDate>", "<cbc:IssueDate>yesterday</cbc:IssueDate>");
        assertThatThrownBy(() -> documents.read(invalid))
                .isInstanceOf(RefusedDocument.class)
                .satisfies(
                        e -> assertThat(((RefusedDocument) e).answer().sender()).isEqualTo("7300070011115"))
                .hasMessageContaining("Not valid against the UBL 2.1 Order schema");

        String example = fixture("UBL-Order-2.1-Example.xml");
        String noBuyer = example.substring(0, example.indexOf("<cac:BuyerCustomerParty>"))
                + example.substring(
                        example.indexOf("</cac:BuyerCustomerParty>") + "</cac:BuyerCustomerParty>".length());
        assertThatThrownBy(() -> documents.read(noBuyer))
                .isInstanceOf(UnreadableDocument.class)
                .hasMessageContaining("names no buyer party");
    }

    @Test
    void theAnswerIsASchemaValidOrderResponseWithOurNumberAndEachLine() {
        ErpAnswer answer = new ErpAnswer(
                "34",
                "7300070011115",
                "Johnssons byggvaror",
                "ORD-2026-000042",
                1,
                ErpAnswer.Code.CA,
                LocalDate.of(2026, 12, 2),
                List.of(
                        new ErpAnswer.LineAnswer("1", true, new BigDecimal("120"), "LTR", "SItemNo001", null),
                        new ErpAnswer.LineAnswer("2", false, new BigDecimal("15"), "C62", null, "No product of ours")),
                List.of("Line 2 not taken: No product of ours"));

        String xml = documents.writeResponse(answer, LocalDate.of(2026, 11, 26));

        OrderResponseType read = UBL21Marshaller.orderResponse().read(xml);
        assertThat(read).as("valid against the schema").isNotNull();
        assertThat(read.getSalesOrderID().getValue()).isEqualTo("ORD-2026-000042");
        assertThat(read.getOrderReference().get(0).getID().getValue()).isEqualTo("34");
        assertThat(read.getOrderResponseCode().getValue()).isEqualTo("CA");
        assertThat(read.getOrderLine())
                .extracting(l -> l.getLineItem().getLineStatusCode().getValue())
                .containsExactly("NoStatus", "Disputed");
        assertThat(read.getDelivery()
                        .get(0)
                        .getPromisedDeliveryPeriod()
                        .getStartDate()
                        .getValue()
                        .toLocalDate())
                .isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void anAnswerWithAmountsCarriesTheTaxTotalAndTheMonetaryTotalOfTheOrder() {
        // an EU business billed in euros under reverse charge: every line K at 0 %, with the reason stated
        TaxBreakdown amounts = TaxBreakdown.of(
                Currency.getInstance("EUR"),
                VatTreatment.REVERSE_CHARGE,
                VatRounding.PER_DOCUMENT,
                List.of(
                        new TaxBreakdown.TaxableLine(120, new BigDecimal("58.50"), "S", new BigDecimal("20")),
                        new TaxBreakdown.TaxableLine(3, new BigDecimal("17.50"), "S", new BigDecimal("20"))));
        ErpAnswer answer = new ErpAnswer(
                "34",
                "7300070011115",
                "Nordic Home Interiors AB",
                "ORD-2026-000043",
                1,
                ErpAnswer.Code.AP,
                LocalDate.of(2026, 12, 2),
                List.of(
                        new ErpAnswer.LineAnswer("1", true, new BigDecimal("120"), "LTR", "SItemNo001", null)
                                .priced(new ErpAnswer.LinePrice(
                                        new BigDecimal("58.50"), new BigDecimal("7020.00"), "K", BigDecimal.ZERO)),
                        new ErpAnswer.LineAnswer("2", true, new BigDecimal("3"), "C62", "SItemNo011", null)
                                .priced(new ErpAnswer.LinePrice(
                                        new BigDecimal("17.50"), new BigDecimal("52.50"), "K", BigDecimal.ZERO))),
                List.of(),
                amounts,
                null);

        OrderResponseType read =
                UBL21Marshaller.orderResponse().read(documents.writeResponse(answer, LocalDate.of(2026, 11, 26)));

        assertThat(read).as("valid against the schema").isNotNull();
        assertThat(read.getDocumentCurrencyCode().getValue()).isEqualTo("EUR");
        assertThat(read.getTaxTotal()).hasSize(1);
        var taxTotal = read.getTaxTotal().get(0);
        assertThat(taxTotal.getTaxAmount().getValue()).isEqualByComparingTo("0.00");
        assertThat(taxTotal.getTaxAmount().getCurrencyID()).isEqualTo("EUR");
        assertThat(taxTotal.getTaxSubtotal()).hasSize(1);
        var subtotal = taxTotal.getTaxSubtotal().get(0);
        assertThat(subtotal.getTaxableAmount().getValue()).isEqualByComparingTo("7072.50");
        assertThat(subtotal.getTaxCategory().getID().getValue()).isEqualTo("K");
        assertThat(subtotal.getTaxCategory().getTaxExemptionReason().get(0).getValue())
                .contains("reverse charge");
        assertThat(subtotal.getTaxCategory().getTaxScheme().getID().getValue()).isEqualTo("VAT");
        assertThat(read.getLegalMonetaryTotal().getLineExtensionAmount().getValue())
                .isEqualByComparingTo("7072.50");
        assertThat(read.getLegalMonetaryTotal().getPayableAmount().getValue()).isEqualByComparingTo("7072.50");
        assertThat(read.getOrderLine())
                .extracting(l -> l.getLineItem().getLineExtensionAmount().getValue())
                .containsExactly(new BigDecimal("7020.00"), new BigDecimal("52.50"));
        assertThat(read.getOrderLine()
                        .get(0)
                        .getLineItem()
                        .getPrice()
                        .getPriceAmount()
                        .getValue())
                .isEqualByComparingTo("58.50");
    }
}
