package io.ordertrail.communication.domain;

import io.ordertrail.orders.domain.FulfillmentMethod;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.SpecialRequest;
import io.ordertrail.orders.domain.TaxBreakdown;
import io.ordertrail.platform.Dates;
import io.ordertrail.platform.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What a confirmation says (SOP step 4): the order number, the order summary with totals, the estimated delivery or
 * pickup date with the address or location, the special requests and how each was addressed, and who to contact.
 * One content, rendered for each channel: the email's text and HTML, the PDF, the message and the call script.
 * Always of one exact version of the order.
 */
public record ConfirmationContent(
        String orderNumber,
        int orderVersion,
        String customerName,
        String purchaseOrderReference,
        List<Line> lines,
        TaxBreakdown amounts,
        String fulfillment,
        String where,
        LocalDate estimatedDate,
        String estimateExplanation,
        List<String> specialRequests,
        List<String> changes,
        boolean cancelled,
        String contact,
        String acknowledgeUrl) {

    public ConfirmationContent {
        lines = List.copyOf(lines);
        specialRequests = List.copyOf(specialRequests);
        changes = List.copyOf(changes);
    }

    /**
     * Where the acknowledgement link goes in the stored email: the link itself is put in only as the email leaves,
     * so that nobody who reads the stored copy (staff) can acknowledge for the customer.
     */
    public static final String LINK_PLACEHOLDER = "[acknowledgement link: sent to the customer only]";

    /** The content for the order as it stands now; {@code acknowledgeUrl} only for an email. */
    public static ConfirmationContent of(Order order, String contact, String acknowledgeUrl) {
        return new ConfirmationContent(
                order.getOrderNumber().value(),
                order.getOrderVersion(),
                order.getCustomer().getName(),
                order.getPurchaseOrderReference(),
                order.getLines().stream()
                        .map(l -> new Line(
                                l.getProductCode(),
                                l.getProductName(),
                                l.getQuantity(),
                                l.getUnitPrice(),
                                l.getLineTotal()))
                        .toList(),
                order.getTaxBreakdown(),
                order.getFulfillmentMethod().getLabel(),
                order.getFulfillmentMethod() == FulfillmentMethod.DELIVERY
                        ? order.getDeliveryAddress()
                        : order.getPickupLocation(),
                order.getEstimatedDate(),
                order.getEstimateExplanation(),
                order.getSpecialRequests().stream()
                        .map(SpecialRequest::describeForCustomer)
                        .toList(),
                order.changesSinceConfirmed(),
                order.isCancelled(),
                contact,
                acknowledgeUrl);
    }

    public ConfirmationContent withAcknowledgeUrl(String url) {
        return new ConfirmationContent(
                orderNumber,
                orderVersion,
                customerName,
                purchaseOrderReference,
                lines,
                amounts,
                fulfillment,
                where,
                estimatedDate,
                estimateExplanation,
                specialRequests,
                changes,
                cancelled,
                contact,
                url);
    }

    /** The amount to pay: gross, VAT included. */
    public BigDecimal total() {
        return amounts.gross();
    }

    /** An amount with its currency, as the customer reads it: "EUR 1,234.50". */
    public String money(BigDecimal amount) {
        return amounts.currency().getCurrencyCode() + " " + Money.format(amount, amounts.currency());
    }

    /**
     * The summary under the lines, as a tax document states it (EN 16931 BG-22, BG-23): the net total, the VAT of each
     * category and rate with its taxable amount (and why none is charged, for reverse charge and exemption), and the
     * total to pay.
     */
    public List<SummaryLine> summary() {
        List<SummaryLine> summary = new java.util.ArrayList<>();
        summary.add(new SummaryLine("Net total", money(amounts.net()), false));
        for (TaxBreakdown.Subtotal s : amounts.subtotals()) {
            String label = "VAT " + s.ratePercent().stripTrailingZeros().toPlainString() + " % ("
                    + s.category() + ") on " + money(s.taxable())
                    + (s.reason() == null ? "" : " – " + s.reason());
            summary.add(new SummaryLine(label, money(s.tax()), false));
        }
        summary.add(new SummaryLine("Total to pay", money(amounts.gross()), true));
        return summary;
    }

    /** One line of the summary: a label, its amount, and whether it is the total to pay. */
    public record SummaryLine(String label, String amount, boolean grand) {}

    public String subject() {
        if (cancelled) {
            return "Order " + orderNumber + " cancelled";
        }
        return "Order " + orderNumber + (changes.isEmpty() ? " confirmed" : " changed and confirmed")
                + (orderVersion > 1 ? " (version " + orderVersion + ")" : "");
    }

    public String estimatedDateText() {
        return estimatedDate == null
                ? "to be confirmed as soon as the stock is scheduled"
                : Dates.format(estimatedDate);
    }

    private String requestsText() {
        return specialRequests.isEmpty()
                ? "None."
                : String.join("\n", specialRequests.stream().map(r -> "- " + r).toList());
    }

    /** The customer's own reference for the order (their purchase-order number), as they will look for it. */
    private String yourReference() {
        return purchaseOrderReference == null || purchaseOrderReference.isBlank()
                ? ""
                : ", your reference " + purchaseOrderReference;
    }

    /** The plain-text email, and the basis of the PDF. */
    public String text() {
        StringBuilder t = new StringBuilder();
        t.append("Dear ").append(customerName).append(",\n\n");
        if (cancelled) {
            t.append("As you asked, we have cancelled your order ")
                    .append(orderNumber)
                    .append(yourReference())
                    .append(". Nothing of it will be delivered. The order was:\n\n")
                    .append(linesText())
                    .append("\nQuestions? Contact ")
                    .append(contact)
                    .append(" and quote ")
                    .append(orderNumber)
                    .append(".\n");
            if (acknowledgeUrl != null) {
                t.append("\nPlease confirm that you have received this notice:\n")
                        .append(acknowledgeUrl)
                        .append('\n');
            }
            return t.toString();
        }
        if (!changes.isEmpty()) {
            t.append("As you asked, we have changed your order ")
                    .append(orderNumber)
                    .append(yourReference())
                    .append(". What changed:\n");
            changes.forEach(c -> t.append("  - ").append(c).append('\n'));
            t.append('\n');
        }
        t.append("Thank you for your order. We confirm order ")
                .append(orderNumber)
                .append(orderVersion > 1 ? " (version " + orderVersion + ")" : "")
                .append(yourReference())
                .append(":\n\n");
        t.append(linesText())
                .append('\n')
                .append(fulfillment)
                .append(": ")
                .append(where)
                .append('\n')
                .append("Estimated ")
                .append(fulfillment.toLowerCase(Locale.ROOT))
                .append(" date: ")
                .append(estimatedDateText())
                .append("\n\n")
                .append("Special requests: ")
                .append(requestsText())
                .append("\n\n")
                .append("Questions about this order? Contact ")
                .append(contact)
                .append(" and quote ")
                .append(orderNumber)
                .append(".\n");
        if (acknowledgeUrl != null) {
            t.append("\nPlease confirm that you have received this confirmation:\n")
                    .append(acknowledgeUrl)
                    .append('\n');
        }
        return t.toString();
    }

    private String linesText() {
        StringBuilder t = new StringBuilder();
        for (Line line : lines) {
            t.append(String.format(
                    Locale.ROOT,
                    "  %d x %s %s at %s = %s%n",
                    line.quantity(),
                    line.productCode(),
                    line.productName(),
                    Money.format(line.unitPrice(), amounts.currency()),
                    Money.format(line.total(), amounts.currency())));
        }
        for (SummaryLine s : summary()) {
            t.append("  ").append(s.label()).append(": ").append(s.amount()).append('\n');
        }
        return t.toString();
    }

    /** The HTML email; every value is escaped. */
    public String html() {
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family: sans-serif\">");
        if (cancelled) {
            return h.append("<pre style=\"font-family: sans-serif\">")
                    .append(esc(text()))
                    .append("</pre></body></html>")
                    .toString();
        }
        h.append("<p>Dear ").append(esc(customerName)).append(",</p>");
        if (!changes.isEmpty()) {
            h.append("<p>As you asked, we have changed your order ")
                    .append(esc(orderNumber))
                    .append(esc(yourReference()))
                    .append(". What changed:</p><ul>");
            changes.forEach(c -> h.append("<li>").append(esc(c)).append("</li>"));
            h.append("</ul>");
        }
        h.append("<p>Thank you for your order. We confirm order <strong>")
                .append(esc(orderNumber))
                .append("</strong>")
                .append(orderVersion > 1 ? " (version " + orderVersion + ")" : "")
                .append(esc(yourReference()))
                .append(".</p>")
                .append(
                        "<table cellpadding=\"4\" style=\"border-collapse: collapse\"><tr><th align=\"left\">Product</th>"
                                + "<th align=\"right\">Quantity</th><th align=\"right\">Unit price</th><th align=\"right\">Net ("
                                + amounts.currency().getCurrencyCode() + ")</th></tr>");
        for (Line line : lines) {
            h.append("<tr><td>")
                    .append(esc(line.productCode()))
                    .append(" ")
                    .append(esc(line.productName()))
                    .append("</td><td align=\"right\">")
                    .append(line.quantity())
                    .append("</td><td align=\"right\">")
                    .append(Money.format(line.unitPrice(), amounts.currency()))
                    .append("</td><td align=\"right\">")
                    .append(Money.format(line.total(), amounts.currency()))
                    .append("</td></tr>");
        }
        for (SummaryLine s : summary()) {
            String open = s.grand() ? "<strong>" : "";
            String close = s.grand() ? "</strong>" : "";
            h.append("<tr><td colspan=\"3\" align=\"right\">")
                    .append(open)
                    .append(esc(s.label()))
                    .append(close)
                    .append("</td><td align=\"right\">")
                    .append(open)
                    .append(esc(s.amount()))
                    .append(close)
                    .append("</td></tr>");
        }
        h.append("</table>")
                .append("<p>")
                .append(esc(fulfillment))
                .append(": ")
                .append(esc(where))
                .append("<br>")
                .append("Estimated ")
                .append(esc(fulfillment.toLowerCase(Locale.ROOT)))
                .append(" date: <strong>")
                .append(esc(estimatedDateText()))
                .append("</strong></p>")
                .append("<p>Special requests: ")
                .append(esc(requestsText()))
                .append("</p>")
                .append("<p>Questions about this order? Contact ")
                .append(esc(contact))
                .append(" and quote ")
                .append(esc(orderNumber))
                .append(".</p>");
        if (acknowledgeUrl != null) {
            h.append("<p><a href=\"")
                    .append(esc(acknowledgeUrl))
                    .append("\">Confirm that you have received this " + "confirmation</a></p>");
        }
        return h.append("</body></html>").toString();
    }

    /** The text message: short, with the essentials. */
    public String message() {
        if (cancelled) {
            return "Order " + orderNumber + " cancelled as you asked. Questions: " + contact;
        }
        return "Order " + orderNumber
                + (changes.isEmpty()
                        ? " confirmed: "
                        : " changed (" + changes.size() + (changes.size() == 1 ? " change" : " changes")
                                + ") and confirmed: ")
                + lines.size() + (lines.size() == 1 ? " line" : " lines")
                + ", total " + money(amounts.gross()) + " incl. VAT. Estimated " + fulfillment.toLowerCase(Locale.ROOT)
                + ": "
                + (estimatedDate == null ? "to be confirmed" : Dates.format(estimatedDate)) + ". Questions: " + contact;
    }

    /** What staff read out when they confirm the order by phone. */
    public String callScript() {
        return "Hello, this is the order desk calling about your order " + orderNumber + ".\n"
                + text().replaceFirst("^Dear [^\n]*\n\n", "")
                        .replace("Thank you for your order. We confirm", "I would like to confirm")
                + "\nCan you confirm these details are correct?";
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** One line of the order as the customer reads it. */
    public record Line(String productCode, String productName, int quantity, BigDecimal unitPrice, BigDecimal total) {}
}
