package io.ordertrail.orders.application;

import io.ordertrail.catalog.application.Catalog;
import io.ordertrail.catalog.domain.Product;
import io.ordertrail.customers.application.CustomerDirectory;
import io.ordertrail.customers.domain.Customer;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderDraft;
import io.ordertrail.orders.domain.OrderRejected;
import io.ordertrail.orders.domain.OrderRejected.Problem;
import io.ordertrail.orders.domain.OrderRepository;
import io.ordertrail.orders.domain.OrderWasRecorded;
import io.ordertrail.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Receiving and recording orders taken by staff (SOP steps 1 and 3). One transaction: the order, its lines and
 * its handover messages are stored together, or nothing is.
 */
@Stateless
@DenyAll
public class OrderIntake {

    @Inject
    OrderRepository orders;

    @Inject
    CustomerDirectory customers;

    @Inject
    Catalog catalog;

    @Inject
    Event<OrderWasRecorded> orderWasRecorded;

    @Resource
    SessionContext session;

    /**
     * Records the order and returns its number.
     *
     * @throws OrderRejected listing every problem when the order is incomplete or names an unknown customer or
     *                       product; nothing is stored then
     */
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.INTEGRATION})
    public String record(OrderDraft draft) {
        List<Problem> problems = new ArrayList<>(draft.problems());
        Optional<Customer> customer = Optional.ofNullable(draft.getCustomerNumber())
                .filter(n -> !n.isBlank())
                .flatMap(customers::byNumber);
        if (draft.getCustomerNumber() != null && !draft.getCustomerNumber().isBlank() && customer.isEmpty()) {
            problems.add(new Problem("customer", "No customer has number " + draft.getCustomerNumber()
                    + ": search again or create the customer first."));
        }
        List<OrderDraft.DraftLine> draftLines = draft.getLines();
        Map<String, Product> products = catalog.activeProductsByCode(draftLines.stream()
                .map(OrderDraft.DraftLine::productCode).filter(c -> c != null && !c.isBlank()).distinct().toList());
        List<Order.PricedLine> priced = new ArrayList<>();
        for (int i = 0; i < draftLines.size(); i++) {
            OrderDraft.DraftLine line = draftLines.get(i);
            if (line.productCode() == null || line.productCode().isBlank()) {
                continue; // already reported by the draft's own check
            }
            Product product = products.get(line.productCode());
            if (product == null) {
                problems.add(new Problem("lines[" + i + "].product", "Line " + (i + 1) + ": no orderable product has code "
                        + line.productCode() + "; pick one from the list."));
            } else if (line.quantity() != null) {
                priced.add(new Order.PricedLine(product.getCode(), product.getName(), line.quantity(),
                        product.getUnitPrice()));
            }
        }
        if (!problems.isEmpty()) {
            throw new OrderRejected(problems);
        }
        Order order = Order.record(orders.nextOrderNumber(), draft, customer.orElseThrow(), priced,
                session.getCallerPrincipal().getName(), Instant.now());
        orders.store(order);
        orderWasRecorded.fire(new OrderWasRecorded(order));
        return order.getOrderNumber();
    }
}
