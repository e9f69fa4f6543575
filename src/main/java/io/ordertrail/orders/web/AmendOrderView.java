package io.ordertrail.orders.web;

import io.ordertrail.catalog.application.Catalog;
import io.ordertrail.catalog.domain.PricedProduct;
import io.ordertrail.inventory.application.StockQueries;
import io.ordertrail.orders.application.OrderAmendments;
import io.ordertrail.orders.application.OrderQueries;
import io.ordertrail.orders.domain.AmendmentConflict;
import io.ordertrail.orders.domain.AmendmentReason;
import io.ordertrail.orders.domain.AmendmentRequest;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderDraft;
import io.ordertrail.orders.domain.OrderNumber;
import io.ordertrail.orders.domain.RequestChannel;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.web.Messages;
import io.ordertrail.platform.web.PageLanguage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * SOP step 6 on screen: staff record the customer's request (channel, who asked, how it was verified, a reference,
 * the reason) and change the order as asked, or cancel it. The page holds the version it was opened on; if someone
 * else amends the order meanwhile, the change is refused and the page shows the current version.
 */
@Named
@ViewScoped
public class AmendOrderView implements Serializable {

    @Inject
    BusinessClock clock;

    private static final long serialVersionUID = 1L;
    private static final String FORM = "amendForm";

    @Inject
    OrderQueries orderQueries;

    @Inject
    OrderAmendments amendments;

    @Inject
    Catalog catalog;

    @Inject
    StockQueries stock;

    private String number;
    private Order order;
    private int version;
    private List<PricedProduct> products;
    private Set<RequestChannel> approvedChannels;

    private OrderForm form;

    private RequestChannel requestChannel = RequestChannel.PHONE;
    private String requestedBy;
    private String verifiedHow;
    private String reference;
    private AmendmentReason reason;
    private String note;

    /** Opens the order's current version for change. */
    public void load() {
        order = OrderNumber.parse(number).flatMap(orderQueries::byNumber).orElse(null);
        if (order == null) {
            return;
        }
        if (products == null) {
            products = catalog.activeProductsPricedOn(clock.today(), order.getCurrencyCode());
            approvedChannels = amendments.approvedChannels();
        }
        version = order.getOrderVersion();
        form = OrderForm.of(order);
    }

    public String amend() {
        try {
            int newVersion = amendments.amend(order.getOrderNumber(), version, request(), draft());
            Messages.info(PageLanguage.texts().get("amend.amended", number, newVersion));
            return "/orders/order.xhtml?faces-redirect=true&number=" + number;
        } catch (AmendmentConflict conflict) {
            Messages.errors(FORM, conflict.getProblems());
            load(); // the current version, for the person to make their change again
            return null;
        } catch (InputRejected rejected) {
            Messages.errors(FORM, rejected.getProblems());
            return null;
        }
    }

    public String cancelOrder() {
        try {
            amendments.cancel(order.getOrderNumber(), version, request());
            Messages.info(PageLanguage.texts().get("amend.cancelled", number));
            return "/orders/order.xhtml?faces-redirect=true&number=" + number;
        } catch (AmendmentConflict conflict) {
            Messages.errors(FORM, conflict.getProblems());
            load();
            return null;
        } catch (InputRejected rejected) {
            Messages.errors(FORM, rejected.getProblems());
            return null;
        }
    }

    private AmendmentRequest request() {
        return new AmendmentRequest(requestChannel, requestedBy, verifiedHow, reference, reason, note);
    }

    private OrderDraft draft() {
        return form.fill(new OrderDraft());
    }

    /** Availability as the line is typed (SOP step 2 again for the changed order). */
    public void checkAvailability(OrderForm.LineRow row) {
        row.checkAvailability(stock);
    }

    public boolean isApproved(RequestChannel channel) {
        return approvedChannels != null && approvedChannels.contains(channel);
    }

    public List<RequestChannel> getRequestChannels() {
        return Arrays.asList(RequestChannel.values());
    }

    public List<AmendmentReason> getReasons() {
        return Arrays.asList(AmendmentReason.values());
    }

    public List<PricedProduct> getProducts() {
        return products;
    }

    public OrderForm getForm() {
        return form;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    /** Why this order cannot be amended at all, said before anyone fills in the form; null if it can be. */
    public String getNotAmendable() {
        return order == null
                ? null
                : order.whyNotAmendable()
                        .map(why -> why.in(PageLanguage.texts()))
                        .orElse(null);
    }

    public Order getOrder() {
        return order;
    }

    public int getVersion() {
        return version;
    }

    public RequestChannel getRequestChannel() {
        return requestChannel;
    }

    public void setRequestChannel(RequestChannel requestChannel) {
        this.requestChannel = requestChannel;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public void setRequestedBy(String requestedBy) {
        this.requestedBy = requestedBy;
    }

    public String getVerifiedHow() {
        return verifiedHow;
    }

    public void setVerifiedHow(String verifiedHow) {
        this.verifiedHow = verifiedHow;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public AmendmentReason getReason() {
        return reason;
    }

    public void setReason(AmendmentReason reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
