package io.ordertrail.erp.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Ordertrail's answer to a buyer's order, to be sent as a UBL OrderResponse: accepted, accepted with changes
 * (some lines rejected) or rejected, per line with the reason for any rejection, with our order number and the
 * promised delivery date.
 */
public record ErpAnswer(
        String documentId,
        String sender,
        String buyerName,
        String orderNumber,
        int orderVersion,
        Code code,
        LocalDate promisedDate,
        List<LineAnswer> lines,
        List<String> reasons) {

    public ErpAnswer {
        lines = List.copyOf(lines);
        reasons = List.copyOf(reasons);
    }

    /** UN/CEFACT 4343 response codes, as UBL OrderResponseCode. */
    public enum Code {
        /** Accepted. */
        AP,
        /** Accepted with amendment: some lines could not be taken. */
        CA,
        /** Rejected. */
        RE
    }

    /** The answer for one of the buyer's lines. */
    public record LineAnswer(
            String lineId, boolean accepted, BigDecimal quantity, String unitCode, String productCode, String reason) {}

    /** The whole document refused, with the reasons; nothing was stored. */
    public static ErpAnswer rejected(String documentId, String sender, String buyerName, List<String> reasons) {
        return new ErpAnswer(documentId, sender, buyerName, null, 0, Code.RE, null, List.of(), reasons);
    }
}
