package io.ordertrail.communication.domain;

import io.ordertrail.orders.domain.FulfillmentMethod;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.TaxBreakdown;
import io.ordertrail.platform.i18n.Texts;
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
        FulfillmentMethod fulfillment,
        String where,
        LocalDate estimatedDate,
        String estimateExplanation,
        List<String> specialRequests,
        List<String> changes,
        boolean cancelled,
        String contact,
        String acknowledgeUrl,
        Locale locale) {

    public ConfirmationContent {
        locale = Texts.supported(locale);
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
                order.getFulfillmentMethod(),
                order.getFulfillmentMethod() == FulfillmentMethod.DELIVERY
                        ? order.getDeliveryAddress()
                        : order.getPickupLocation(),
                order.getEstimatedDate(),
                order.getEstimateExplanation(),
                order.getSpecialRequests().stream()
                        .map(r -> r.describeForCustomer(
                                Texts.in(order.getCustomer().getLocale())))
                        .toList(),
                order.changesSinceConfirmed(Texts.in(order.getCustomer().getLocale())),
                order.isCancelled(),
                contact,
                acknowledgeUrl,
                order.getCustomer().getLocale());
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
                url,
                locale);
    }

    /** The amount to pay: gross, VAT included. */
    public BigDecimal total() {
        return amounts.gross();
    }

    /** The texts of the customer's language. */
    private Texts t() {
        return Texts.in(locale);
    }

    /** An amount with its currency, as the customer reads it: "EUR 1,234.50", "1.234,50 EUR". */
    public String money(BigDecimal amount) {
        return t().money(amount, amounts.currency());
    }

    /**
     * The summary under the lines, as a tax document states it (EN 16931 BG-22, BG-23): the net total, the VAT of each
     * category and rate with its taxable amount (and why none is charged, for reverse charge and exemption), and the
     * total to pay.
     */
    public List<SummaryLine> summary() {
        Texts t = t();
        List<SummaryLine> summary = new java.util.ArrayList<>();
        summary.add(new SummaryLine(t.get("confirmation.net"), money(amounts.net()), false, null));
        for (TaxBreakdown.Subtotal s : amounts.subtotals()) {
            summary.add(new SummaryLine(
                    t.get("confirmation.vat", t.percent(s.ratePercent()), s.category(), money(s.taxable())),
                    money(s.tax()),
                    false,
                    s.reason() == null ? null : t.get("vat.reason." + s.category())));
        }
        summary.add(new SummaryLine(t.get("confirmation.gross"), money(amounts.gross()), true, null));
        return summary;
    }

    /**
     * One line of the summary: a label, its amount, whether it is the total to pay, and a note under it (why no VAT
     * is charged), or null.
     */
    public record SummaryLine(String label, String amount, boolean grand, String note) {}

    public String subject() {
        Texts t = t();
        if (cancelled) {
            return t.get("confirmation.subject.cancelled", orderNumber);
        }
        return t.get(changes.isEmpty() ? "confirmation.subject.confirmed" : "confirmation.subject.changed", orderNumber)
                + version();
    }

    /** " (version 2)" after the order number of an amended order; nothing for the first version. */
    private String version() {
        return orderVersion > 1 ? t().get("confirmation.version", orderVersion) : "";
    }

    public String estimatedDateText() {
        return estimatedDate == null ? t().get("confirmation.estimated.unknown") : t().date(estimatedDate);
    }

    /** "Estimated delivery date" or "Estimated pickup date", in the customer's language. */
    public String estimatedLabel() {
        return t().get("confirmation.estimated." + fulfillment.name());
    }

    private String requestsText() {
        return specialRequests.isEmpty()
                ? t().get("confirmation.requests.none")
                : String.join("\n", specialRequests.stream().map(r -> "- " + r).toList());
    }

    /** The customer's own reference for the order (their purchase-order number), as they will look for it. */
    private String yourReference() {
        return purchaseOrderReference == null || purchaseOrderReference.isBlank()
                ? ""
                : t().get("confirmation.yourReference", purchaseOrderReference);
    }

    /** The plain-text email, and the basis of the PDF. */
    public String text() {
        Texts t = t();
        StringBuilder text = new StringBuilder();
        text.append(t.get("confirmation.dear", customerName)).append("\n\n");
        if (cancelled) {
            text.append(t.get("confirmation.cancelled.intro", orderNumber, yourReference()))
                    .append("\n\n")
                    .append(linesText())
                    .append('\n')
                    .append(t.get("confirmation.questions", contact, orderNumber))
                    .append('\n');
            if (acknowledgeUrl != null) {
                text.append('\n')
                        .append(t.get("confirmation.cancelled.acknowledge"))
                        .append('\n')
                        .append(acknowledgeUrl)
                        .append('\n');
            }
            return text.toString();
        }
        if (!changes.isEmpty()) {
            text.append(t.get("confirmation.changed.intro", orderNumber, yourReference()))
                    .append('\n');
            changes.forEach(c -> text.append("  - ").append(c).append('\n'));
            text.append('\n');
        }
        text.append(t.get("confirmation.intro", orderNumber, version(), yourReference()))
                .append("\n\n")
                .append(linesText())
                .append('\n')
                .append(t.get("confirmation.where." + fulfillment.name(), where))
                .append('\n')
                .append(estimatedLabel())
                .append(": ")
                .append(estimatedDateText())
                .append("\n\n")
                .append(t.get("confirmation.requests", requestsText()))
                .append("\n\n")
                .append(t.get("confirmation.questionsAbout", contact, orderNumber))
                .append('\n');
        if (acknowledgeUrl != null) {
            text.append('\n')
                    .append(t.get("confirmation.acknowledge"))
                    .append('\n')
                    .append(acknowledgeUrl)
                    .append('\n');
        }
        return text.toString();
    }

    private String linesText() {
        Texts t = t();
        StringBuilder text = new StringBuilder();
        for (Line line : lines) {
            text.append("  ")
                    .append(t.get(
                            "confirmation.line",
                            String.valueOf(line.quantity()),
                            line.productCode(),
                            line.productName(),
                            t.amount(line.unitPrice(), amounts.currency()),
                            t.amount(line.total(), amounts.currency())))
                    .append('\n');
        }
        for (SummaryLine s : summary()) {
            text.append("  ").append(s.label()).append(": ").append(s.amount()).append('\n');
            if (s.note() != null) {
                text.append("    (").append(s.note()).append(")\n");
            }
        }
        return text.toString();
    }

    /** The HTML email; every value is escaped. */
    public String html() {
        Texts t = t();
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html lang=\"")
                .append(locale.getLanguage())
                .append("\"><body style=\"font-family: sans-serif\">");
        if (cancelled) {
            return h.append("<pre style=\"font-family: sans-serif\">")
                    .append(esc(text()))
                    .append("</pre></body></html>")
                    .toString();
        }
        h.append("<p>").append(esc(t.get("confirmation.dear", customerName))).append("</p>");
        if (!changes.isEmpty()) {
            h.append("<p>")
                    .append(esc(t.get("confirmation.changed.intro", orderNumber, yourReference())))
                    .append("</p><ul>");
            changes.forEach(c -> h.append("<li>").append(esc(c)).append("</li>"));
            h.append("</ul>");
        }
        h.append("<p>")
                .append(esc(t.get("confirmation.intro", orderNumber, version(), yourReference())))
                .append("</p>")
                .append("<table cellpadding=\"4\" style=\"border-collapse: collapse\"><tr><th align=\"left\">")
                .append(esc(t.get("confirmation.table.product")))
                .append("</th><th align=\"right\">")
                .append(esc(t.get("confirmation.table.quantity")))
                .append("</th><th align=\"right\">")
                .append(esc(t.get("confirmation.table.unitPrice")))
                .append("</th><th align=\"right\">")
                .append(esc(t.get("confirmation.table.net", amounts.currency().getCurrencyCode())))
                .append("</th></tr>");
        for (Line line : lines) {
            h.append("<tr><td>")
                    .append(esc(line.productCode()))
                    .append(" ")
                    .append(esc(line.productName()))
                    .append("</td><td align=\"right\">")
                    .append(line.quantity())
                    .append("</td><td align=\"right\">")
                    .append(esc(t.amount(line.unitPrice(), amounts.currency())))
                    .append("</td><td align=\"right\">")
                    .append(esc(t.amount(line.total(), amounts.currency())))
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
            if (s.note() != null) {
                h.append("<tr><td colspan=\"4\" align=\"right\"><small>")
                        .append(esc(s.note()))
                        .append("</small></td></tr>");
            }
        }
        h.append("</table>")
                .append("<p>")
                .append(esc(t.get("confirmation.where." + fulfillment.name(), where)))
                .append("<br>")
                .append(esc(estimatedLabel()))
                .append(": <strong>")
                .append(esc(estimatedDateText()))
                .append("</strong></p>")
                .append("<p>")
                .append(esc(t.get("confirmation.requests", requestsText())))
                .append("</p>")
                .append("<p>")
                .append(esc(t.get("confirmation.questionsAbout", contact, orderNumber)))
                .append("</p>");
        if (acknowledgeUrl != null) {
            h.append("<p><a href=\"")
                    .append(esc(acknowledgeUrl))
                    .append("\">")
                    .append(esc(t.get("confirmation.acknowledge.link")))
                    .append("</a></p>");
        }
        return h.append("</body></html>").toString();
    }

    /** The text message: short, with the essentials. */
    public String message() {
        Texts t = t();
        if (cancelled) {
            return t.get("confirmation.message.cancelled", orderNumber, contact);
        }
        String what = changes.isEmpty()
                ? t.get("confirmation.message.confirmed", orderNumber)
                : t.get("confirmation.message.changed", orderNumber, changes.size());
        return what
                + t.get(
                        "confirmation.message.summary",
                        lines.size(),
                        money(amounts.gross()),
                        t.get("confirmation.fulfillment." + fulfillment.name()),
                        estimatedDate == null ? t.get("confirmation.message.noDate") : t.date(estimatedDate),
                        contact);
    }

    /** What staff read out when they confirm the order by phone, in the customer's language. */
    public String callScript() {
        Texts t = t();
        return t.get("confirmation.call.hello", orderNumber) + "\n"
                + text().replaceFirst("^[^\n]*\n\n", "")
                        .replace(t.get("confirmation.intro.thanks"), t.get("confirmation.call.confirm"))
                + "\n" + t.get("confirmation.call.agree");
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
