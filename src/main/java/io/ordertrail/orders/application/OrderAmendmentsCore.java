package io.ordertrail.orders.application;

import io.ordertrail.orders.domain.AmendmentAwaitsApproval;
import io.ordertrail.orders.domain.AmendmentRequest;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderDraft;
import io.ordertrail.orders.domain.OrderNumber;
import io.ordertrail.orders.domain.OrderRejected;
import io.ordertrail.orders.domain.OrderRepository;
import io.ordertrail.orders.domain.OrderWasAmended;
import io.ordertrail.orders.domain.OrderWasCancelled;
import io.ordertrail.orders.domain.RequestChannel;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.Derived;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.i18n.Phrase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Amends or cancels an order in the caller's transaction (SOP step 6). Not a service anyone calls:
 * {@link OrderAmendments} puts people's and the platform's roles in front of it, and the ERP channel's listener uses
 * it for OrderChange and OrderCancellation documents it has read from its queue. A refusal changes nothing and leaves
 * the caller's transaction to the caller, so that an ERP document can still be answered with a rejection.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = InputRejected.class)
public class OrderAmendmentsCore {

    @Inject
    OrderRepository orders;

    @Inject
    OrderVerification verification;

    @Inject
    Event<OrderWasAmended> orderWasAmended;

    @Inject
    Event<AmendmentAwaitsApproval> amendmentAwaitsApproval;

    @Inject
    Event<OrderWasCancelled> orderWasCancelled;

    @Inject
    BusinessClock clock;

    /** The channels amendments are accepted through, e.g. {@code PHONE,EMAIL,ONLINE,ERP}. */
    @Inject
    @ConfigProperty(name = "ordertrail.amendments.approved-channels", defaultValue = "PHONE,EMAIL,ONLINE,ERP")
    Provider<String> approvedChannelList;

    /** Read at each use: an admin's change applies to the next amendment. */
    private final Derived<Set<RequestChannel>> approved =
            new Derived<>("the approved amendment channels (ordertrail.amendments.approved-channels)");

    public Set<RequestChannel> approvedChannels() {
        String list = approvedChannelList.get();
        return approved.from(List.of(list), () -> {
            Set<RequestChannel> channels = EnumSet.noneOf(RequestChannel.class);
            Arrays.stream(list.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .map(RequestChannel::valueOf)
                    .forEach(channels::add);
            return Set.copyOf(channels);
        });
    }

    /**
     * @return the order as amended
     * @throws io.ordertrail.orders.domain.AmendmentConflict when someone else amended the order since
     *                                                       {@code expectedVersion}
     * @throws OrderRejected listing every problem (the request, the changed order, or the order's status); nothing
     *                       is changed then
     */
    public Order amend(
            OrderNumber orderNumber, int expectedVersion, AmendmentRequest request, OrderDraft changed, String by) {
        Order order = orderToChange(orderNumber);
        // the customer and the channel the order came through stay what they were
        changed.channel(order.getChannel())
                .customer(order.getCustomer().getCustomerNumber())
                .sourceEmail(order.getSourceEmail());
        order.checkAmendable(expectedVersion); // a conflict or a dispatched order: nothing else matters then
        OrderVerification.Verified verified;
        try {
            verified = verification.verify(changed, order);
        } catch (OrderRejected rejected) {
            throw order.refusalOfAmendment(request, approvedChannels(), rejected);
        }
        order.amend(
                expectedVersion,
                request,
                approvedChannels(),
                changed,
                verified.verification(),
                by,
                clock.now(),
                clock.today());
        if (order.isAwaitingApproval()) {
            amendmentAwaitsApproval.fire(new AmendmentAwaitsApproval(order));
        } else {
            orderWasAmended.fire(new OrderWasAmended(order));
        }
        return order;
    }

    /**
     * @return the order as cancelled
     * @throws OrderRejected when the request is incomplete, the order has left or was changed since
     *                       {@code expectedVersion}; nothing is changed then
     */
    public Order cancel(OrderNumber orderNumber, int expectedVersion, AmendmentRequest request, String by) {
        Order order = orderToChange(orderNumber);
        order.cancel(expectedVersion, request, approvedChannels(), by, clock.now());
        orderWasCancelled.fire(new OrderWasCancelled(order));
        return order;
    }

    private Order orderToChange(OrderNumber orderNumber) {
        return orders.findForChange(orderNumber)
                .orElseThrow(() ->
                        InputRejected.because("order", Phrase.of("problem.order.noSuch", String.valueOf(orderNumber))));
    }
}
