package io.ordertrail.orders.web;

import io.ordertrail.customers.application.CustomerRecords;
import io.ordertrail.orders.application.OrderQueries;
import io.ordertrail.orders.application.OrderQueries.CustomerFigures;
import io.ordertrail.orders.application.SpecialRequests;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.SpecialRequest;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The order side of a customer's page: the latest orders, the special requests still open, and the last 12 months'
 * figures the cross-check compares new orders with.
 */
@Named
@ViewScoped
public class CustomerOrdersView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int LATEST = 10;

    @Inject
    OrderQueries orderQueries;

    @Inject
    SpecialRequests specialRequests;

    @Inject
    CustomerRecords customers;

    private String customerNumber;
    private List<Order> latest = List.of();
    private List<SpecialRequest> openRequests = List.of();
    private CustomerFigures figures;

    @PostConstruct
    void load() {
        customerNumber = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("number");
        if (customerNumber == null || customerNumber.isBlank()) {
            return;
        }
        customers.byNumber(customerNumber.trim()).ifPresent(customer -> {
            latest = orderQueries.forCustomer(customer.getCustomerNumber(), null, 0, LATEST);
            openRequests = specialRequests.openFor(customer.getCustomerNumber());
            figures = orderQueries.figuresOf(customer);
        });
    }

    public List<Order> getLatest() {
        return latest;
    }

    public boolean isMore() {
        return latest.size() == LATEST;
    }

    public List<SpecialRequest> getOpenRequests() {
        return openRequests;
    }

    public CustomerFigures getFigures() {
        return figures;
    }
}
