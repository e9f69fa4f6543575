package io.ordertrail.erp.domain;

import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderLine;
import io.ordertrail.orders.domain.TaxBreakdown;
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
        List<String> reasons,
        TaxBreakdown amounts,
        Peppol peppol) {

    public ErpAnswer {
        lines = List.copyOf(lines);
        reasons = List.copyOf(reasons);
    }

    /** An answer without amounts: a rejection, where nothing was priced. */
    public ErpAnswer(
            String documentId,
            String sender,
            String buyerName,
            String orderNumber,
            int orderVersion,
            Code code,
            LocalDate promisedDate,
            List<LineAnswer> lines,
            List<String> reasons) {
        this(documentId, sender, buyerName, orderNumber, orderVersion, code, promisedDate, lines, reasons, null, null);
    }

    /** The same answer, in the PEPPOL BIS profile the document came in (null: plain UBL). */
    public ErpAnswer in(Peppol peppol) {
        return new ErpAnswer(
                documentId,
                sender,
                buyerName,
                orderNumber,
                orderVersion,
                code,
                promisedDate,
                lines,
                reasons,
                amounts,
                peppol);
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

    /** The answer for one of the buyer's lines, with the item's name as the buyer or our catalogue gives it. */
    public record LineAnswer(
            String lineId,
            boolean accepted,
            BigDecimal quantity,
            String unitCode,
            String productCode,
            String reason,
            LinePrice price,
            String itemName) {

        public LineAnswer(
                String lineId,
                boolean accepted,
                BigDecimal quantity,
                String unitCode,
                String productCode,
                String reason,
                LinePrice price) {
            this(lineId, accepted, quantity, unitCode, productCode, reason, price, null);
        }

        /** The same answer, naming the item. */
        public LineAnswer named(String itemName) {
            return new LineAnswer(lineId, accepted, quantity, unitCode, productCode, reason, price, itemName);
        }

        public LineAnswer(
                String lineId,
                boolean accepted,
                BigDecimal quantity,
                String unitCode,
                String productCode,
                String reason) {
            this(lineId, accepted, quantity, unitCode, productCode, reason, null);
        }

        /** The same answer with the price the line was taken at. */
        public LineAnswer priced(LinePrice price) {
            return new LineAnswer(lineId, accepted, quantity, unitCode, productCode, reason, price, itemName);
        }
    }

    /** What a taken line costs: its unit price, its net amount and its VAT category (UN/CEFACT 5305) and rate. */
    public record LinePrice(BigDecimal unitPrice, BigDecimal netAmount, String vatCategory, BigDecimal vatRate) {

        /** The price of a line of the order as recorded, its net amount at the currency's scale. */
        public static LinePrice of(OrderLine line, Order order) {
            return new LinePrice(
                    line.getUnitPrice(),
                    line.getLineTotal()
                            .setScale(order.getCurrency().getDefaultFractionDigits(), java.math.RoundingMode.HALF_UP),
                    order.vatCategoryOf(line),
                    order.vatRateOf(line));
        }
    }

    /** The whole document refused, with the reasons; nothing was stored. */
    public static ErpAnswer rejected(
            String documentId, String sender, String buyerName, List<String> reasons, Peppol peppol) {
        return new ErpAnswer(documentId, sender, buyerName, null, 0, Code.RE, null, List.of(), reasons, null, peppol);
    }
}
