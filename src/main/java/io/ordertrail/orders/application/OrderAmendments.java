package io.ordertrail.orders.application;

import io.ordertrail.orders.domain.AmendmentRequest;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderDraft;
import io.ordertrail.orders.domain.OrderRejected;
import io.ordertrail.orders.domain.OrderRepository;
import io.ordertrail.orders.domain.OrderWasAmended;
import io.ordertrail.orders.domain.OrderWasCancelled;
import io.ordertrail.orders.domain.RequestChannel;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.InputRejected.Problem;
import io.ordertrail.security.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * SOP step 6, managing amendments: a customer's verified request, through an approved channel, changes an order
 * into a new version (or cancels it). The changed order is verified again; unless a flag sends it to a second
 * person, it is handed over again to inventory and fulfillment in the same transaction. Two people changing one
 * order are taken one after the other; the second is told, and nothing of theirs is stored.
 */
@Stateless
@DenyAll
public class OrderAmendments {

    @Inject
    OrderRepository orders;
    @Inject
    OrderVerification verification;
    @Inject
    Event<OrderWasAmended> orderWasAmended;
    @Inject
    Event<OrderWasCancelled> orderWasCancelled;
    @Resource
    SessionContext session;

    /** The channels amendments are accepted through, e.g. {@code PHONE,EMAIL,ONLINE,ERP}. */
    @Inject
    @ConfigProperty(name = "ordertrail.amendments.approved-channels", defaultValue = "PHONE,EMAIL,ONLINE,ERP")
    String approvedChannelList;

    private Set<RequestChannel> approvedChannels;

    @PostConstruct
    void configure() {
        approvedChannels = EnumSet.noneOf(RequestChannel.class);
        Arrays.stream(approvedChannelList.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(RequestChannel::valueOf).forEach(approvedChannels::add);
    }

    /** The channels a request may come through; the page offers them all and says which are approved. */
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.INTEGRATION})
    public Set<RequestChannel> approvedChannels() {
        return Set.copyOf(approvedChannels);
    }

    /**
     * Amends the order as the customer asked, from the version the caller was looking at.
     *
     * @return the new version number
     * @throws io.ordertrail.orders.domain.AmendmentConflict when someone else amended the order since then
     * @throws OrderRejected listing every problem (the request, the changed order, or the order's status); nothing
     *                       is stored then
     */
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.INTEGRATION})
    public int amend(String orderNumber, int expectedVersion, AmendmentRequest request, OrderDraft changed) {
        Order order = orderToChange(orderNumber);
        // the customer and the channel the order came through stay what they were
        changed.channel(order.getChannel()).customer(order.getCustomer().getCustomerNumber())
                .sourceEmail(order.getSourceEmail());
        order.checkAmendable(expectedVersion); // a conflict or a dispatched order: nothing else matters then
        List<Problem> problems = new ArrayList<>(request.problems(approvedChannels, false));
        OrderVerification.Verified verified = null;
        try {
            verified = verification.verify(changed, order);
        } catch (OrderRejected rejected) {
            problems.addAll(rejected.getProblems());
        }
        if (!problems.isEmpty()) {
            throw new OrderRejected(problems);
        }
        order.amend(expectedVersion, request, approvedChannels, changed, verified.verification(), caller(),
                verification.now(), verification.today());
        if (!order.isAwaitingApproval()) {
            orderWasAmended.fire(new OrderWasAmended(order));
        }
        return order.getOrderVersion();
    }

    /**
     * Cancels the order at the customer's verified request: a last version, and the teams release what they
     * reserved.
     *
     * @throws OrderRejected when the request is incomplete, the order has left or was changed since
     *                       {@code expectedVersion}
     */
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.INTEGRATION})
    public int cancel(String orderNumber, int expectedVersion, AmendmentRequest request) {
        Order order = orderToChange(orderNumber);
        order.cancel(expectedVersion, request, approvedChannels, caller(), verification.now());
        orderWasCancelled.fire(new OrderWasCancelled(order));
        return order.getOrderVersion();
    }

    private Order orderToChange(String orderNumber) {
        return orders.findForChange(orderNumber).orElseThrow(() -> InputRejected.because("order",
                "There is no order numbered " + orderNumber + "."));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
