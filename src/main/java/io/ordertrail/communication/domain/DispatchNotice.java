package io.ordertrail.communication.domain;

import static io.ordertrail.communication.domain.ConfirmationContent.esc;

import io.ordertrail.orders.domain.Order;
import java.util.List;

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
        String contact) {

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
                contact);
    }

    public String subject() {
        return "Order " + orderNumber + (readyForPickup ? " is ready for pickup" : " is on its way");
    }

    /** The plain-text email, with {@link ConfirmationContent#LINK_PLACEHOLDER} where the rating link goes. */
    public String text() {
        StringBuilder t = new StringBuilder("Dear ").append(customerName).append(",\n\n");
        if (readyForPickup) {
            t.append("Your order ")
                    .append(orderNumber)
                    .append(" is ready for pickup at ")
                    .append(where);
        } else {
            t.append("Your order ")
                    .append(orderNumber)
                    .append(" has left our warehouse with ")
                    .append(carrier)
                    .append(", tracking reference ")
                    .append(trackingReference)
                    .append(", for delivery to ")
                    .append(where);
        }
        t.append(".\n\n");
        goods.forEach(g -> t.append("  ").append(g).append('\n'));
        return t.append("\nHow did we do? Rate this order, from 1 to 5, in a minute:\n")
                .append(ConfirmationContent.LINK_PLACEHOLDER)
                .append("\n\nQuestions about this order? Contact ")
                .append(contact)
                .append(" and quote ")
                .append(orderNumber)
                .append(".\n")
                .toString();
    }

    /** The HTML email; every value is escaped. */
    public String html() {
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family: sans-serif\">");
        h.append("<p>Dear ").append(esc(customerName)).append(",</p><p>Your order <strong>");
        h.append(esc(orderNumber)).append("</strong> ");
        if (readyForPickup) {
            h.append("is ready for pickup at ").append(esc(where));
        } else {
            h.append("has left our warehouse with ")
                    .append(esc(carrier))
                    .append(", tracking reference <strong>")
                    .append(esc(trackingReference))
                    .append("</strong>, for delivery to ")
                    .append(esc(where));
        }
        h.append(".</p><ul>");
        goods.forEach(g -> h.append("<li>").append(esc(g)).append("</li>"));
        return h.append("</ul><p><a href=\"")
                .append(esc(ConfirmationContent.LINK_PLACEHOLDER))
                .append("\">How did we do? Rate this order</a></p><p>Questions about this order? Contact ")
                .append(esc(contact))
                .append(" and quote ")
                .append(esc(orderNumber))
                .append(".</p></body></html>")
                .toString();
    }
}
