package io.ordertrail.erp.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What Ordertrail reads from a buyer's UBL Order: who sent it (the buyer party's identifiers, the first being the
 * sender's key), the buyer's order ID, the lines, the requested delivery period's start, the notes, and the
 * identifiers of the place of delivery (empty when the document names none), and, for a document in the PEPPOL BIS
 * profile, how it was sent (null for plain UBL).
 */
public record ErpOrder(
        String sender,
        List<String> buyerIds,
        String buyerName,
        String documentId,
        List<Line> lines,
        LocalDate requestedDate,
        String note,
        List<String> deliveryLocationIds,
        Peppol peppol)
        implements ErpDocument {

    public ErpOrder {
        buyerIds = List.copyOf(buyerIds);
        deliveryLocationIds = deliveryLocationIds == null ? List.of() : List.copyOf(deliveryLocationIds);
        lines = List.copyOf(lines);
    }

    @Override
    public Type type() {
        return Type.ORDER;
    }

    /**
     * One order line: the buyer's line ID, the product as the seller's item ID and as GTIN, the quantity with its
     * UN/ECE unit code.
     */
    public record Line(
            String lineId, String sellersItemId, String gtin, BigDecimal quantity, String unitCode, String itemName) {}
}
