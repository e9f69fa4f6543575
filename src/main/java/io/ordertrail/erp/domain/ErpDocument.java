package io.ordertrail.erp.domain;

import java.util.List;

/** A UBL ordering document from a buyer's ERP system, as Ordertrail reads it: an order, a change or a cancellation. */
public sealed interface ErpDocument permits ErpOrder, ErpOrderChange, ErpOrderCancellation {

    /** The buyer party that sent it, as the key its documents are recorded under. */
    String sender();

    List<String> buyerIds();

    String buyerName();

    /** The document's own ID. */
    String documentId();

    /** How it was sent in the PEPPOL BIS profile; null for plain UBL. */
    Peppol peppol();

    /** The UBL document type it is recorded as. */
    Type type();

    /** The UBL document types Ordertrail takes. */
    enum Type {
        ORDER("Order"),
        CHANGE("OrderChange"),
        CANCELLATION("OrderCancellation");

        private final String ublName;

        Type(String ublName) {
            this.ublName = ublName;
        }

        /** The name recorded with the document: its UBL root element. */
        public String ublName() {
            return ublName;
        }
    }
}
