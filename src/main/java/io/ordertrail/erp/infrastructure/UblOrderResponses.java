package io.ordertrail.erp.infrastructure;

import com.helger.diagnostics.error.IError;
import com.helger.diagnostics.error.list.ErrorList;
import com.helger.ubl21.UBL21Marshaller;
import io.ordertrail.erp.domain.ErpAnswer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CustomerPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.DeliveryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ItemIdentificationType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ItemType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.LineItemType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.OrderLineType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.OrderReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyIdentificationType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyNameType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PeriodType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.SupplierPartyType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.NoteType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.QuantityType;
import oasis.names.specification.ubl.schema.xsd.orderresponse_21.OrderResponseType;

/** Our answers to buyers' ERP systems, as UBL 2.1 OrderResponse documents checked against their schema. */
final class UblOrderResponses {

    private final String sellerName;

    UblOrderResponses(String sellerName) {
        this.sellerName = sellerName;
    }

    /** The answer as a UBL 2.1 OrderResponse, valid against its schema. */
    public String write(ErpAnswer answer, LocalDate issued) {
        OrderResponseType response = new OrderResponseType();
        response.setUBLVersionID("2.1");
        response.setID(UUID.randomUUID().toString());
        if (answer.orderNumber() != null) {
            response.setSalesOrderID(answer.orderNumber());
        }
        response.setIssueDate(issued);
        response.setOrderResponseCode(answer.code().name());
        answer.reasons().forEach(reason -> response.addNote(new NoteType(reason)));
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
        buyerId.setID(answer.sender());
        buyerParty.addPartyIdentification(buyerId);
        if (answer.buyerName() != null) {
            PartyNameType name = new PartyNameType();
            name.setName(answer.buyerName());
            buyerParty.addPartyName(name);
        }
        buyer.setParty(buyerParty);
        response.setBuyerCustomerParty(buyer);
        if (answer.promisedDate() != null) {
            DeliveryType delivery = new DeliveryType();
            PeriodType promised = new PeriodType();
            promised.setStartDate(answer.promisedDate());
            promised.setEndDate(answer.promisedDate());
            delivery.setPromisedDeliveryPeriod(promised);
            response.addDelivery(delivery);
        }
        for (ErpAnswer.LineAnswer line : answer.lines()) {
            OrderLineType orderLine = new OrderLineType();
            orderLine.addNote(new NoteType(line.accepted() ? "Accepted" : "Rejected: " + line.reason()));
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
            item.setItem(what);
            orderLine.setLineItem(item);
            response.addOrderLine(orderLine);
        }
        String xml = UBL21Marshaller.orderResponse().setUseSchema(false).getAsString(response);
        ErrorList errors = new ErrorList();
        // what goes out is checked as what comes in is: against the schema. (Validating while writing instead
        // leaves the namespace prefixes undeclared.)
        if (xml == null
                || UBL21Marshaller.orderResponse().setCollectErrors(errors).read(xml) == null
                || errors.containsAtLeastOneError()) {
            throw new IllegalStateException("The OrderResponse for " + answer.documentId()
                    + " is not valid against the UBL 2.1 schema: "
                    + errors.stream()
                            .filter(IError::isError)
                            .map(e -> e.getErrorText(Locale.ENGLISH))
                            .toList());
        }
        return xml;
    }
}
