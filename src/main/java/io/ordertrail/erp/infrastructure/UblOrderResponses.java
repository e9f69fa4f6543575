package io.ordertrail.erp.infrastructure;

import com.helger.ubl21.UBL21Marshaller;
import io.ordertrail.erp.domain.ErpAnswer;
import io.ordertrail.erp.domain.Peppol;
import io.ordertrail.orders.domain.TaxBreakdown;
import io.ordertrail.platform.i18n.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CustomerPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.DeliveryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ItemIdentificationType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ItemType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.LineItemType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.MonetaryTotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.OrderLineType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.OrderReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyIdentificationType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyNameType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PeriodType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PriceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.SupplierPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxCategoryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxSchemeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxSubtotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxTotalType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.NoteType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.QuantityType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.TaxExemptionReasonType;
import oasis.names.specification.ubl.schema.xsd.orderresponse_21.OrderResponseType;

/** Our answers to buyers' ERP systems, as UBL 2.1 OrderResponse documents checked against their schema. */
final class UblOrderResponses {

    /**
     * The answer's notes, from the bundles in English: an ERP partner record names no language, and the UBL
     * documents of the ordering examples are in English.
     */
    private static final Texts NOTES = Texts.in(Locale.ENGLISH);

    private final String sellerName;
    private final PeppolOrderResponses peppol;

    UblOrderResponses(String sellerName, String sellerEndpoint) {
        this.sellerName = sellerName;
        this.peppol = new PeppolOrderResponses(sellerName, sellerEndpoint);
    }

    /**
     * The answer as a UBL 2.1 OrderResponse, valid against its schema; to a document in the PEPPOL BIS profile, in that
     * profile.
     */
    public String write(ErpAnswer answer, LocalDate issued) {
        if (answer.peppol() != null && answer.peppol().answeredInProfile()) {
            return peppol.write(answer, issued);
        }
        OrderResponseType response = new OrderResponseType();
        response.setUBLVersionID("2.1");
        response.setID(UUID.randomUUID().toString());
        if (answer.orderNumber() != null) {
            response.setSalesOrderID(answer.orderNumber());
        }
        response.setIssueDate(issued);
        response.setOrderResponseCode(answer.code().name());
        answer.reasons().forEach(reason -> response.addNote(new NoteType(reason)));
        String currency =
                answer.amounts() == null ? null : answer.amounts().currency().getCurrencyCode();
        if (currency != null) {
            response.setDocumentCurrencyCode(currency);
        }
        OrderReferenceType reference = new OrderReferenceType();
        reference.setID(answer.documentId());
        response.addOrderReference(reference);
        SupplierPartyType seller = new SupplierPartyType();
        PartyType sellerParty = new PartyType();
        PartyNameType sellerPartyName = new PartyNameType();
        sellerPartyName.setName(sellerName);
        sellerParty.addPartyName(sellerPartyName);
        seller.setParty(sellerParty);
        response.setSellerSupplierParty(seller);
        CustomerPartyType buyer = new CustomerPartyType();
        PartyType buyerParty = new PartyType();
        PartyIdentificationType buyerId = new PartyIdentificationType();
        // a buyer a PEPPOL document named by scheme (0088:7300070011115) is told it the UBL way: schemeID and value
        java.util.regex.Matcher schemed = Peppol.SCHEMED_ID.matcher(answer.sender() == null ? "" : answer.sender());
        if (schemed.matches()) {
            buyerId.setID(schemed.group(2)).setSchemeID(schemed.group(1));
        } else {
            buyerId.setID(answer.sender());
        }
        buyerParty.addPartyIdentification(buyerId);
        if (answer.buyerName() != null) {
            PartyNameType name = new PartyNameType();
            name.setName(answer.buyerName());
            buyerParty.addPartyName(name);
        }
        buyer.setParty(buyerParty);
        response.setBuyerCustomerParty(buyer);
        if (answer.promisedDate() != null) {
            response.addDelivery(promisedOn(answer.promisedDate()));
        }
        for (ErpAnswer.LineAnswer line : answer.lines()) {
            OrderLineType orderLine = new OrderLineType();
            orderLine.addNote(new NoteType(
                    line.accepted() ? NOTES.get("erp.line.accepted") : NOTES.get("erp.line.rejected", line.reason())));
            LineItemType item = new LineItemType();
            item.setID(line.lineId());
            item.setLineStatusCode(line.accepted() ? "NoStatus" : "Disputed");
            if (line.quantity() != null) {
                QuantityType quantity = new QuantityType(line.quantity());
                quantity.setUnitCode(line.unitCode());
                item.setQuantity(quantity);
            }
            ItemType what = new ItemType();
            if (line.productCode() != null) {
                ItemIdentificationType sellers = new ItemIdentificationType();
                sellers.setID(line.productCode());
                what.setSellersItemIdentification(sellers);
            }
            if (line.price() != null && currency != null) {
                item.setLineExtensionAmount(line.price().netAmount()).setCurrencyID(currency);
                PriceType price = new PriceType();
                price.setPriceAmount(line.price().unitPrice()).setCurrencyID(currency);
                item.setPrice(price);
                what.addClassifiedTaxCategory(
                        taxCategory(line.price().vatCategory(), line.price().vatRate(), null));
            }
            item.setItem(what);
            orderLine.setLineItem(item);
            response.addOrderLine(orderLine);
        }
        if (answer.amounts() != null) {
            TaxBreakdown amounts = answer.amounts();
            TaxTotalType taxTotal = new TaxTotalType();
            taxTotal.setTaxAmount(amounts.tax()).setCurrencyID(currency);
            for (TaxBreakdown.Subtotal rate : amounts.subtotals()) {
                TaxSubtotalType subtotal = new TaxSubtotalType();
                subtotal.setTaxableAmount(rate.taxable()).setCurrencyID(currency);
                subtotal.setTaxAmount(rate.tax()).setCurrencyID(currency);
                subtotal.setTaxCategory(taxCategory(rate.category(), rate.ratePercent(), rate.reason()));
                taxTotal.addTaxSubtotal(subtotal);
            }
            response.addTaxTotal(taxTotal);
            MonetaryTotalType total = new MonetaryTotalType();
            total.setLineExtensionAmount(amounts.net()).setCurrencyID(currency);
            total.setTaxExclusiveAmount(amounts.net()).setCurrencyID(currency);
            total.setTaxInclusiveAmount(amounts.gross()).setCurrencyID(currency);
            total.setPayableAmount(amounts.gross()).setCurrencyID(currency);
            response.setLegalMonetaryTotal(total);
        }
        String xml = UBL21Marshaller.orderResponse().setUseSchema(false).getAsString(response);
        if (xml == null) {
            throw new IllegalStateException("The OrderResponse for " + answer.documentId() + " could not be written");
        }
        // what goes out is checked as what comes in is: against the schema. (Validating while writing instead
        // leaves the namespace prefixes undeclared.)
        List<String> errors = UblReaders.orderResponseErrors(xml);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("The OrderResponse for " + answer.documentId()
                    + " is not valid against the UBL 2.1 schema: " + errors);
        }
        return xml;
    }

    /** The delivery promised for one day, as both profiles state it. */
    static DeliveryType promisedOn(LocalDate date) {
        DeliveryType delivery = new DeliveryType();
        PeriodType promised = new PeriodType();
        promised.setStartDate(date);
        promised.setEndDate(date);
        delivery.setPromisedDeliveryPeriod(promised);
        return delivery;
    }

    /** A VAT category as UBL states it: its UN/CEFACT 5305 code, its rate, why none is charged, scheme VAT. */
    private static TaxCategoryType taxCategory(String category, BigDecimal percent, String exemptionReason) {
        TaxCategoryType tax = new TaxCategoryType();
        tax.setID(category);
        tax.setPercent(percent);
        if (exemptionReason != null) {
            tax.addTaxExemptionReason(new TaxExemptionReasonType(exemptionReason));
        }
        TaxSchemeType scheme = new TaxSchemeType();
        scheme.setID("VAT");
        tax.setTaxScheme(scheme);
        return tax;
    }
}
