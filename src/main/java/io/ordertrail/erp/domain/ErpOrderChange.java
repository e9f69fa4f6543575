package io.ordertrail.erp.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A buyer's UBL OrderChange: the change's own ID and sequence number, the order it changes (the buyer's order ID),
 * and the lines it revises, adds or cancels; lines it does not name stay as they are.
 */
public record ErpOrderChange(
        String sender,
        List<String> buyerIds,
        String buyerName,
        String documentId,
        String sequenceNumber,
        String orderId,
        List<Line> lines,
        String note,
        Peppol peppol)
        implements ErpDocument {

    public ErpOrderChange {
        buyerIds = List.copyOf(buyerIds);
        lines = List.copyOf(lines);
    }

    @Override
    public Type type() {
        return Type.CHANGE;
    }

    /** What the change does to a line (UBL line status codes). */
    public enum Change {
        REVISED,
        ADDED,
        CANCELLED
    }

    public record Line(
            String lineId, Change change, String sellersItemId, String gtin, BigDecimal quantity, String unitCode) {}
}
