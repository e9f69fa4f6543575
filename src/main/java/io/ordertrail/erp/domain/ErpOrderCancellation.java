package io.ordertrail.erp.domain;

import java.util.List;

/** A buyer's UBL OrderCancellation: its ID, the order it cancels (the buyer's order ID) and the note why. */
public record ErpOrderCancellation(
        String sender,
        List<String> buyerIds,
        String buyerName,
        String documentId,
        String orderId,
        String note,
        Peppol peppol)
        implements ErpDocument {

    public ErpOrderCancellation {
        buyerIds = List.copyOf(buyerIds);
    }

    @Override
    public Type type() {
        return Type.CANCELLATION;
    }
}
