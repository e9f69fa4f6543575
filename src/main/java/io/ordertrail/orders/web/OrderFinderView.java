package io.ordertrail.orders.web;

import io.ordertrail.orders.application.OrderQueries;
import io.ordertrail.orders.domain.Order;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.primefaces.event.SelectEvent;

/**
 * The search box in the header: type-ahead of the best eight orders while typing; choosing one opens it, Enter
 * lists every order found on the search page.
 */
@Named
@RequestScoped
public class OrderFinderView {

    /** How many orders the type-ahead proposes. */
    static final int PROPOSED = 8;

    @Inject
    OrderQueries orderQueries;

    private String text;

    /** The orders proposed for what has been typed so far. */
    public List<FoundOrder> complete(String typed) {
        return orderQueries.found(typed, 0, PROPOSED).stream()
                .map(FoundOrder::new)
                .toList();
    }

    /** A proposed order was chosen: open it. */
    public void open(SelectEvent<String> event) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext()
                .redirect(faces.getExternalContext().getRequestContextPath() + "/orders/order.xhtml?number="
                        + URLEncoder.encode(event.getObject(), StandardCharsets.UTF_8));
    }

    /** Enter: every order found, on the search page. */
    public String showAll() {
        return "/orders/search?faces-redirect=true&q="
                + URLEncoder.encode(text == null ? "" : text.strip(), StandardCharsets.UTF_8);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    /** One proposal: the order number to open, and what tells it apart (a class: EL 5 reads getters, not records). */
    public static final class FoundOrder {
        private final String number;
        private final String customer;
        private final String reference;
        private final String status;

        FoundOrder(Order order) {
            this.number = order.getOrderNumber().value();
            this.customer = order.getCustomer().getName();
            this.reference = order.getPurchaseOrderReference();
            this.status = order.getStatus().getLabel();
        }

        public String getNumber() {
            return number;
        }

        public String getCustomer() {
            return customer;
        }

        public String getReference() {
            return reference;
        }

        public String getStatus() {
            return status;
        }
    }
}
