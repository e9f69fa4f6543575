package io.ordertrail.erp.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.ordertrail.customers.domain.VatTreatment;
import io.ordertrail.erp.domain.ErpAnswer;
import io.ordertrail.erp.domain.ErpOrder;
import io.ordertrail.erp.domain.ErpOrderCancellation;
import io.ordertrail.erp.domain.ErpOrderChange;
import io.ordertrail.erp.domain.Peppol;
import io.ordertrail.erp.domain.RefusedDocument;
import io.ordertrail.erp.domain.UnreadableDocument;
import io.ordertrail.orders.domain.TaxBreakdown;
import io.ordertrail.orders.domain.VatRounding;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * PEPPOL BIS 3 ordering, read and answered: documents written from the specification are read with their parties'
 * schemes and GTIN-14s; documents that break a fatal rule are refused naming the rule; and every answer passes the
 * official rules of its transaction (T76, or T116 in advanced ordering), run here by the same validator.
 */
class PeppolDocumentsTest {

    private static final String OUR_ENDPOINT = "0088:5790000435975";
    private final UblDocuments documents = new UblDocuments(100_000, "Ordertrail order desk", OUR_ENDPOINT);

    static String fixture(String name) throws IOException {
        try (InputStream in = PeppolDocumentsTest.class.getResourceAsStream("/peppol/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void anOrderOfAGlnBuyerIsReadWithTheBuyerBySchemeAndTheGtin14() throws IOException {
        ErpOrder order = (ErpOrder) documents.read(fixture("T01-order-gln-buyer.xml"));

        assertThat(order.sender()).isEqualTo("0088:7300070011115");
        assertThat(order.buyerIds()).containsExactly("0088:7300070011115");
        assertThat(order.peppol().profileId()).isEqualTo(Peppol.ORDERING);
        assertThat(order.peppol().buyerEndpoint()).isEqualTo("0088:7300070011115");
        assertThat(order.peppol().currency()).isEqualTo("GBP");
        assertThat(order.peppol().warnings()).isEmpty();
        assertThat(order.lines())
                .extracting(ErpOrder.Line::lineId, ErpOrder.Line::sellersItemId, ErpOrder.Line::gtin)
                .containsExactly(tuple("1", "SItemNo011", null), tuple("2", null, "01234567890123"));
    }

    @Test
    void aNorwegianBuyerIsNamedByItsOrganisationNumberScheme() throws IOException {
        ErpOrder order = (ErpOrder) documents.read(fixture("T01-order-0192-buyer.xml"));

        assertThat(order.buyerIds()).containsExactly("0192:974760673");
    }

    @Test
    void aPlainUblDocumentOfAPartnerThatSpeaksPlainUblIsNotHeldToThePeppolRules() throws IOException {
        ErpOrder order = (ErpOrder) documents.read(UblDocumentsTest.fixture("UBL-Order-2.1-Example.xml"), false);

        assertThat(order.peppol()).isNull();
        assertThat(order.sender()).isEqualTo("7300070011115");
    }

    @Test
    void aPeppolDocumentOfAPlainUblPartnerIsHeldToTheRulesButAnsweredInPlainUbl() throws IOException {
        ErpOrder order = (ErpOrder) documents.read(fixture("T01-order-gln-buyer.xml"), false);

        assertThat(order.buyerIds()).containsExactly("0088:7300070011115");
        assertThat(order.peppol().answeredInProfile()).isFalse();
        String answer = documents.writeResponse(
                new ErpAnswer(
                        order.documentId(),
                        order.sender(),
                        order.buyerName(),
                        "SO-2026-000043",
                        1,
                        ErpAnswer.Code.AP,
                        LocalDate.now(),
                        List.of(),
                        List.of(),
                        null,
                        order.peppol()),
                LocalDate.now());
        assertThat(answer)
                .doesNotContain("CustomizationID")
                .contains("<cbc:UBLVersionID>2.1</cbc:UBLVersionID>")
                .contains("<cbc:ID schemeID=\"0088\">7300070011115</cbc:ID>");
        String noQuantity =
                fixture("T01-order-gln-buyer.xml").replace("<cbc:Quantity unitCode=\"C62\">4</cbc:Quantity>", "");
        assertThatThrownBy(() -> documents.read(noQuantity, false))
                .isInstanceOfSatisfying(
                        RefusedDocument.class,
                        refused -> assertThat(refused.answer().reasons())
                                .anyMatch(r -> r.startsWith("[PEPPOL-T01-B23602]")));
    }

    @Test
    void aLineWithoutQuantityBreaksAFatalT01RuleAndIsRefusedNamingIt() throws IOException {
        String noQuantity =
                fixture("T01-order-gln-buyer.xml").replace("<cbc:Quantity unitCode=\"C62\">4</cbc:Quantity>", "");

        assertThatThrownBy(() -> documents.read(noQuantity)).isInstanceOfSatisfying(RefusedDocument.class, refused -> {
            assertThat(refused.answer().code()).isEqualTo(ErpAnswer.Code.RE);
            assertThat(refused.answer().reasons())
                    .anyMatch(r -> r.startsWith("[PEPPOL-T01-B23602] Element 'cbc:Quantity' MUST be provided"));
            assertThat(refused.answer().peppol().buyerEndpoint()).isEqualTo("0088:7300070011115");
        });
    }

    @Test
    void aPeppolPartnersDocumentWithACustomizationIdPeppolDoesNotKnowIsRefusedNamingTheRule() throws IOException {
        String unknown = fixture("T01-order-gln-buyer.xml")
                .replace("urn:fdc:peppol.eu:poacc:trns:order:3", "urn:example:our-own-order:1");

        // a plain UBL partner's document with that ID is plain UBL; a PEPPOL partner's is held to the rules
        assertThat(documents.read(unknown, false).peppol()).isNull();
        assertThatThrownBy(() -> documents.read(unknown, true))
                .isInstanceOfSatisfying(
                        RefusedDocument.class,
                        refused -> assertThat(refused.answer().reasons())
                                .anyMatch(r -> r.startsWith("[PEPPOL-T01-R034]")));
    }

    @Test
    void aPeppolDocumentWithoutTheBuyersElectronicAddressCannotBeAnsweredAndIsNotRead() throws IOException {
        String noEndpoint = fixture("T01-order-gln-buyer.xml")
                .replace("<cbc:EndpointID schemeID=\"0088\">7300070011115</cbc:EndpointID>", "");

        assertThatThrownBy(() -> documents.read(noEndpoint, true))
                .isInstanceOf(UnreadableDocument.class)
                .hasMessageContaining("EndpointID");
        // with no buyer identifier at all there is nobody to answer, whoever sent it
        String noBuyerId = noEndpoint.replaceFirst(
                "(?s)<cac:PartyIdentification>\\s*<cbc:ID schemeID=\"0088\">7300070011115</cbc:ID>\\s*"
                        + "</cac:PartyIdentification>",
                "");
        assertThatThrownBy(() -> documents.read(noBuyerId, false))
                .isInstanceOf(UnreadableDocument.class)
                .hasMessageContaining("[PEPPOL-T01-B03701]")
                .hasMessageContaining("cannot be answered");
        // a plain UBL partner is answered in plain UBL, which needs no address: the rules refuse it
        assertThatThrownBy(() -> documents.read(noEndpoint, false))
                .isInstanceOfSatisfying(
                        RefusedDocument.class,
                        refused -> assertThat(refused.answer().reasons()).anyMatch(r -> r.contains("EndpointID")));
    }

    @Test
    void aChangeAndACancellationAreReadWithTheirLinesAndTheOrderTheyReferTo() throws IOException {
        ErpOrderChange change = (ErpOrderChange) documents.read(fixture("T114-order-change.xml"));
        ErpOrderCancellation cancellation =
                (ErpOrderCancellation) documents.read(fixture("T115-order-cancellation.xml"));

        assertThat(change.orderId()).isEqualTo("PO-GLN-1");
        assertThat(change.sender()).isEqualTo("0088:7300070011115");
        assertThat(change.peppol().profileId()).isEqualTo(Peppol.ADVANCED_ORDERING);
        assertThat(change.peppol().warnings()).anyMatch(w -> w.startsWith("[PEPPOL-T114-R002]"));
        assertThat(change.lines())
                .extracting(ErpOrderChange.Line::lineId, ErpOrderChange.Line::change)
                .containsExactly(tuple("1", ErpOrderChange.Change.REVISED));
        assertThat(cancellation.orderId()).isEqualTo("PO-GLN-1");
    }

    @Test
    void everyAnswerInTheOrderingProfilePassesTheT76Rules() {
        Peppol peppol = Peppol.of(Peppol.ORDERING, "0192:974760673", "GBP");
        TaxBreakdown amounts = TaxBreakdown.of(
                Currency.getInstance("GBP"),
                VatTreatment.DOMESTIC,
                VatRounding.PER_DOCUMENT,
                List.of(new TaxBreakdown.TaxableLine(4, new BigDecimal("15.00"), "S", new BigDecimal("20"))));
        ErpAnswer.LinePrice price =
                new ErpAnswer.LinePrice(new BigDecimal("15.00"), new BigDecimal("60.00"), "S", new BigDecimal("20"));
        ErpAnswer.LineAnswer taken =
                new ErpAnswer.LineAnswer("1", true, new BigDecimal("4"), "C62", "SItemNo011", null).priced(price);
        ErpAnswer.LineAnswer rejected = new ErpAnswer.LineAnswer(
                "2", false, new BigDecimal("10"), "LTR", null, "No product of ours has the GTIN 01234567890123.");

        String accepted = documents.writeResponse(
                answer("PO-NO-1", ErpAnswer.Code.AP, List.of(taken), List.of(), amounts, peppol), LocalDate.now());
        String partly = documents.writeResponse(
                answer(
                        "PO-NO-1",
                        ErpAnswer.Code.CA,
                        List.of(taken, rejected),
                        List.of("Line 2 not taken"),
                        amounts,
                        peppol),
                LocalDate.now());
        String refused = documents.writeResponse(
                ErpAnswer.rejected("PO-NO-2", "0192:974760673", "Fjordbygg AS", List.of("Not a customer"), peppol),
                LocalDate.now());

        for (String xml : List.of(accepted, partly, refused)) {
            assertThat(fatal(PeppolRules.Transaction.ORDER_RESPONSE, xml))
                    .as(xml)
                    .isEmpty();
            assertThat(xml)
                    .contains(
                            "<cbc:CustomizationID>urn:fdc:peppol.eu:poacc:trns:order_response:3</cbc:CustomizationID>")
                    .contains("<cbc:ProfileID>urn:fdc:peppol.eu:poacc:bis:ordering:3</cbc:ProfileID>")
                    .contains("<cbc:EndpointID schemeID=\"0088\">5790000435975</cbc:EndpointID>")
                    .contains("<cbc:EndpointID schemeID=\"0192\">974760673</cbc:EndpointID>");
        }
        assertThat(accepted).doesNotContain("OrderLine");
        // with CA, the line not taken and why; the line taken as sent is not repeated
        assertThat(partly)
                .contains("<cbc:LineStatusCode>7</cbc:LineStatusCode>")
                .contains("<cbc:LineID>2</cbc:LineID>")
                .doesNotContain("<cbc:LineID>1</cbc:LineID>");
        assertThat(refused)
                .contains("<cbc:OrderResponseCode>RE</cbc:OrderResponseCode>")
                .doesNotContain("OrderLine");
    }

    @Test
    void anAnswerInAdvancedOrderingIsAnOrderResponseAdvancedThatPassesTheT116Rules() {
        Peppol peppol = Peppol.of(Peppol.ADVANCED_ORDERING, "0088:7300070011115", "GBP");
        ErpAnswer.LineAnswer restated =
                new ErpAnswer.LineAnswer("1", true, new BigDecimal("6"), "C62", "SItemNo011", null);

        String xml = documents.writeResponse(
                answer("PO-GLN-1", ErpAnswer.Code.CA, List.of(restated), List.of("Amended to v2."), null, peppol),
                LocalDate.now());

        assertThat(fatal(PeppolRules.Transaction.ORDER_RESPONSE_ADVANCED, xml))
                .as(xml)
                .isEmpty();
        assertThat(xml).contains("order_response_advanced:3").contains("<cbc:LineStatusCode>5</cbc:LineStatusCode>");
    }

    @Test
    void anAnswerThatWouldBreakTheRulesIsNeverWritten() {
        // a buyer address whose scheme is no electronic address scheme at all
        Peppol broken = Peppol.of(Peppol.ORDERING, "0000:123", "GBP");

        assertThatThrownBy(() -> documents.writeResponse(
                        ErpAnswer.rejected("PO-1", "0000:123", "Someone", List.of("No"), broken), LocalDate.now()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("breaks")
                .hasMessageContaining("PEPPOL-T76-B02502");
    }

    private static ErpAnswer answer(
            String documentId,
            ErpAnswer.Code code,
            List<ErpAnswer.LineAnswer> lines,
            List<String> reasons,
            TaxBreakdown amounts,
            Peppol peppol) {
        return new ErpAnswer(
                documentId,
                peppol.buyerEndpoint(),
                "Fjordbygg AS",
                "SO-2026-000042",
                1,
                code,
                LocalDate.now().plusDays(5),
                lines,
                reasons,
                amounts,
                peppol);
    }

    private static List<PeppolRules.Failure> fatal(PeppolRules.Transaction transaction, String xml) {
        return PeppolRules.check(transaction, dom(xml)).stream()
                .filter(PeppolRules.Failure::fatal)
                .toList();
    }

    private static Document dom(String xml) {
        try {
            return UblDocuments.SAFE_PARSERS.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
