package io.ordertrail.orders.application;

import io.ordertrail.orders.domain.AmendmentRequest;
import io.ordertrail.orders.domain.OrderDraft;
import io.ordertrail.orders.domain.OrderNumber;
import io.ordertrail.orders.domain.OrderRejected;
import io.ordertrail.orders.domain.RequestChannel;
import io.ordertrail.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
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
    OrderAmendmentsCore amending;

    @Resource
    SessionContext session;

    /** The channels a request may come through; the page offers them all and says which are approved. */
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.INTEGRATION})
    public Set<RequestChannel> approvedChannels() {
        return amending.approvedChannels();
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
    public int amend(OrderNumber orderNumber, int expectedVersion, AmendmentRequest request, OrderDraft changed) {
        return amending.amend(orderNumber, expectedVersion, request, changed, caller())
                .getOrderVersion();
    }

    /**
     * Cancels the order at the customer's verified request: a last version, and the teams release what they
     * reserved.
     *
     * @throws OrderRejected when the request is incomplete, the order has left or was changed since
     *                       {@code expectedVersion}
     */
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.INTEGRATION})
    public int cancel(OrderNumber orderNumber, int expectedVersion, AmendmentRequest request) {
        return amending.cancel(orderNumber, expectedVersion, request, caller()).getOrderVersion();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
