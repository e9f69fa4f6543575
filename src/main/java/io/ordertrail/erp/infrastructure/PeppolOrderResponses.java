package io.ordertrail.erp.infrastructure;

import com.helger.ubl21.UBL21Marshaller;
import io.ordertrail.erp.domain.ErpAnswer;
import io.ordertrail.erp.domain.Peppol;
import io.ordertrail.platform.i18n.Texts;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Logger;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CustomerPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ItemIdentificationType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ItemType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.LineItemType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.OrderLineReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.OrderLineType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.OrderReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyIdentificationType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyLegalEntityType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PriceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.SupplierPartyType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.EndpointIDType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.IDType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.NoteType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.QuantityType;
import oasis.names.specification.ubl.schema.xsd.orderresponse_21.OrderResponseType;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * Our answers in the PEPPOL BIS 3 ordering profile: an Order Response (T76) to an Order in the ordering profile, an
 * Order Response Advanced (T116) in the advanced ordering profile (to orders, changes and cancellations). Only what
 * the transaction's data model has: the codes AP, CA and RE, both parties by electronic address and official name,
 * the promised delivery period, and order lines only with CA: a line not accepted (status 7) with why, or, when the
 * order was changed since, every line as it now stands (status 5, accepted). Every answer passes the transaction's official
 * rules before it leaves; one that would not is a fault of ours and is never sent.
 */
final class PeppolOrderResponses {

    private static final Logger LOG = Logger.getLogger(PeppolOrderResponses.class.getName());
    private static final Texts NOTES = Texts.in(Locale.ENGLISH);
    /** Our base price list's currency, for a rejection of a document that named none we can use. */
    private static final String BASE_CURRENCY = "GBP";
    /** UNCL 1229 line status codes the order response transactions take: not accepted, accepted as it stands. */
    private static final String LINE_NOT_ACCEPTED = "7";

    private static final String LINE_ACCEPTED = "5";

    private final String sellerName;
    private final String sellerEndpoint;

    PeppolOrderResponses(String sellerName, String sellerEndpoint) {
        this.sellerName = sellerName;
        this.sellerEndpoint = sellerEndpoint;
    }

    String write(ErpAnswer answer, LocalDate issued) {
        Peppol peppol = answer.peppol();
        if (sellerEndpoint == null) {
            throw new IllegalStateException("An answer in the PEPPOL BIS profile needs our own electronic address:"
                    + " set ORDERTRAIL_ERP_SELLER_ENDPOINT (scheme:value, for example 0088:5790000435975)");
        }
        PeppolRules.Transaction transaction = peppol.advanced()
                ? PeppolRules.Transaction.ORDER_RESPONSE_ADVANCED
                : PeppolRules.Transaction.ORDER_RESPONSE;
        OrderResponseType response = new OrderResponseType();
        response.setCustomizationID(transaction.customizationId());
        response.setProfileID(peppol.profileId());
        response.setID(UUID.randomUUID().toString());
        if (answer.orderNumber() != null) {
            response.setSalesOrderID(answer.orderNumber());
        }
        response.setIssueDate(issued);
        response.setOrderResponseCode(answer.code().name());
        if (!answer.reasons().isEmpty()) {
            // one note: the data model has a single one
            response.addNote(new NoteType(String.join(" ", answer.reasons())));
        }
        String currency = answer.amounts() != null
                ? answer.amounts().currency().getCurrencyCode()
                : peppol.currency() != null ? peppol.currency() : BASE_CURRENCY;
        response.setDocumentCurrencyCode(currency);
        OrderReferenceType reference = new OrderReferenceType();
        reference.setID(answer.documentId());
        response.addOrderReference(reference);

        SupplierPartyType seller = new SupplierPartyType();
        seller.setParty(party(sellerEndpoint, sellerName));
        response.setSellerSupplierParty(seller);
        CustomerPartyType buyer = new CustomerPartyType();
        buyer.setParty(party(peppol.buyerEndpoint(), answer.buyerName()));
        response.setBuyerCustomerParty(buyer);

        if (answer.promisedDate() != null && answer.code() != ErpAnswer.Code.RE) {
            response.addDelivery(UblOrderResponses.promisedOn(answer.promisedDate()));
        }
        if (answer.code() == ErpAnswer.Code.CA) {
            boolean restated = answer.lines().stream().allMatch(ErpAnswer.LineAnswer::accepted);
            for (ErpAnswer.LineAnswer line : answer.lines()) {
                if (restated || !line.accepted()) {
                    response.addOrderLine(line(line, currency));
                }
            }
        }
        String xml = UBL21Marshaller.orderResponse().setUseSchema(false).getAsString(response);
        List<PeppolRules.Failure> fatal = PeppolRules.check(transaction, dom(xml)).stream()
                .filter(PeppolRules.Failure::fatal)
                .toList();
        if (!fatal.isEmpty()) {
            LOG.severe(() -> "Our PEPPOL " + transaction.code() + " answer to " + answer.documentId()
                    + " breaks the rules, so it is not sent: " + fatal);
            throw new IllegalStateException("The PEPPOL " + transaction.code() + " answer to " + answer.documentId()
                    + " breaks " + fatal.size() + " fatal rule(s): "
                    + fatal.stream().map(PeppolRules.Failure::said).toList());
        }
        return xml;
    }

    private static OrderLineType line(ErpAnswer.LineAnswer line, String currency) {
        OrderLineType orderLine = new OrderLineType();
        LineItemType item = new LineItemType();
        item.setID(line.lineId());
        item.addNote(new NoteType(
                line.accepted() ? NOTES.get("erp.line.accepted") : NOTES.get("erp.line.rejected", line.reason())));
        item.setLineStatusCode(line.accepted() ? LINE_ACCEPTED : LINE_NOT_ACCEPTED);
        if (line.quantity() != null && line.unitCode() != null) {
            QuantityType quantity = new QuantityType(line.quantity());
            quantity.setUnitCode(line.unitCode());
            item.setQuantity(quantity);
        }
        if (line.accepted() && line.price() != null) {
            PriceType price = new PriceType();
            price.setPriceAmount(line.price().unitPrice()).setCurrencyID(currency);
            item.setPrice(price);
        }
        ItemType what = new ItemType();
        what.setName(
                line.itemName() != null
                        ? line.itemName()
                        : line.productCode() != null ? line.productCode() : "Item of line " + line.lineId());
        if (line.productCode() != null) {
            ItemIdentificationType sellers = new ItemIdentificationType();
            sellers.setID(line.productCode());
            what.setSellersItemIdentification(sellers);
        }
        item.setItem(what);
        orderLine.setLineItem(item);
        OrderLineReferenceType reference = new OrderLineReferenceType();
        reference.setLineID(line.lineId());
        orderLine.addOrderLineReference(reference);
        return orderLine;
    }

    /** A party by its electronic address (scheme:value), the same as its identifier, and its official name. */
    private static PartyType party(String endpoint, String name) {
        String scheme = endpoint.substring(0, endpoint.indexOf(':'));
        String value = endpoint.substring(endpoint.indexOf(':') + 1);
        PartyType party = new PartyType();
        EndpointIDType address = new EndpointIDType(value);
        address.setSchemeID(scheme);
        party.setEndpointID(address);
        PartyIdentificationType identification = new PartyIdentificationType();
        IDType id = new IDType(value);
        // an electronic address scheme that is no ICD code (9906, 9907 …) is not said on the identifier
        if (scheme.startsWith("0")) {
            id.setSchemeID(scheme);
        }
        identification.setID(id);
        party.addPartyIdentification(identification);
        if (name != null && !name.isBlank()) {
            PartyLegalEntityType legal = new PartyLegalEntityType();
            legal.setRegistrationName(name);
            party.addPartyLegalEntity(legal);
        }
        return party;
    }

    private static Document dom(String xml) {
        try {
            return UblDocuments.SAFE_PARSERS.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalStateException("Our own PEPPOL answer could not be read back: " + e.getMessage(), e);
        }
    }
}
