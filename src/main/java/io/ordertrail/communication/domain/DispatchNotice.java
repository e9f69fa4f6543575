package io.ordertrail.communication.domain;

import static io.ordertrail.communication.domain.ConfirmationContent.esc;

import io.ordertrail.orders.domain.Order;
import io.ordertrail.platform.i18n.Texts;
import java.util.List;
import java.util.Locale;

/**
 * What the customer is told when their goods leave (SOP step 7, the handover to fulfillment seen from the customer's
 * side): dispatched with a carrier and its tracking reference, or ready for pickup and where; the goods; and a link to
 * rate the order for the periodic review (SOP section 6). The link is put in only as the email leaves.
 */
public record DispatchNotice(
        String orderNumber,
        int orderVersion,
        String customerName,
        List<String> goods,
        boolean readyForPickup,
        String where,
        String carrier,
        String trackingReference,
        String contact,
        Locale locale) {

    public DispatchNotice {
        goods = List.copyOf(goods);
    }

    /** The notice of a delivery order handed to its carrier. */
    public static DispatchNotice dispatched(Order order, String carrier, String trackingReference, String contact) {
        return of(order, false, order.getDeliveryAddress(), carrier, trackingReference, contact);
    }

    /** The notice of a pickup order whose goods wait at the counter. */
    public static DispatchNotice readyForPickup(Order order, String contact) {
        return of(order, true, order.getPickupLocation(), null, null, contact);
    }

    private static DispatchNotice of(
            Order order, boolean pickup, String where, String carrier, String tracking, String contact) {
        return new DispatchNotice(
                order.getOrderNumber().value(),
                order.getOrderVersion(),
                order.getCustomer().getName(),
                order.getLines().stream()
                        .map(l -> l.getQuantity() + " x " + l.getProductCode() + " " + l.getProductName())
                        .toList(),
                pickup,
                where,
                carrier,
                tracking,
                contact,
                order.getCustomer().getLocale());
    }

    /** The customer's language: the notice is written in it. */
    private Texts texts() {
        return Texts.in(locale);
    }

    public String subject() {
        return texts().get(readyForPickup ? "dispatch.subject.pickup" : "dispatch.subject.sent", orderNumber);
    }

    /** The paragraph that asks for a rating; the customer's page shows the email without it. */
    public static String ratingRequest(Texts texts) {
        return texts.get("dispatch.rate");
    }

    /** The plain-text email, with {@link ConfirmationContent#LINK_PLACEHOLDER} where the rating link goes. */
    public String text() {
        Texts t = texts();
        StringBuilder text = new StringBuilder(t.get("confirmation.dear", customerName)).append("\n\n");
        text.append(
                readyForPickup
                        ? t.get("dispatch.pickup", orderNumber, where)
                        : t.get("dispatch.sent", orderNumber, carrier, trackingReference, where));
        text.append("\n\n");
        goods.forEach(g -> text.append("  ").append(g).append('\n'));
        return text.append('\n')
                .append(ratingRequest(t))
                .append('\n')
                .append(ConfirmationContent.LINK_PLACEHOLDER)
                .append("\n\n")
                .append(t.get("confirmation.questionsAbout", contact, orderNumber))
                .append('\n')
                .toString();
    }

    /** The HTML email; every value is escaped. */
    public String html() {
        Texts t = texts();
        String number = "<strong>" + esc(orderNumber) + "</strong>";
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html lang=\"")
                .append(locale.getLanguage())
                .append("\"><body style=\"font-family: sans-serif\"><p>")
                .append(esc(t.get("confirmation.dear", customerName)))
                .append("</p><p>");
        h.append(
                readyForPickup
                        ? t.get("dispatch.pickup", number, esc(where))
                        : t.get(
                                "dispatch.sent",
                                number,
                                esc(carrier),
                                "<strong>" + esc(trackingReference) + "</strong>",
                                esc(where)));
        h.append("</p><ul>");
        goods.forEach(g -> h.append("<li>").append(esc(g)).append("</li>"));
        return h.append("</ul><p><a href=\"")
                .append(esc(ConfirmationContent.LINK_PLACEHOLDER))
                .append("\">")
                .append(esc(t.get("dispatch.rate.link")))
                .append("</a></p><p>")
                .append(t.get("confirmation.questionsAbout", esc(contact), esc(orderNumber)))
                .append("</p></body></html>")
                .toString();
    }
}
