package io.ordertrail.orders.web;

import io.ordertrail.orders.application.OrderQueries;
import io.ordertrail.orders.domain.Order;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Sales' list of orders to confirm to the customer again: amended, or their promise moved by inventory. */
@Named
@ViewScoped
public class ReconfirmationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrderQueries orderQueries;

    private final LazyDataModel<Order> orders = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(orderQueries.countAwaitingReconfirmation());
        }

        @Override
        public List<Order> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return orderQueries.awaitingReconfirmation(first, pageSize);
        }

        @Override
        public String getRowKey(Order order) {
            return order.getOrderNumber().value();
        }
    };

    public LazyDataModel<Order> getOrders() {
        return orders;
    }
}
