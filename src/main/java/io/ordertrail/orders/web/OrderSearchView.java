package io.ordertrail.orders.web;

import io.ordertrail.orders.application.OrderQueries;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderSearchText;
import io.ordertrail.platform.web.PageLanguage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The search page ({@code /orders/search.xhtml?q=…}): every order the search box's words find, best first. */
@Named
@ViewScoped
public class OrderSearchView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrderQueries orderQueries;

    private String q;

    private Long found;

    private final LazyDataModel<Order> orders = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(getFound(), OrderQueries.FOUND_AT_MOST);
        }

        @Override
        public List<Order> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return orderQueries.found(q, first, pageSize);
        }
    };

    /** How many orders the words find, up to {@link OrderQueries#FOUND_AT_MOST} + 1; counted once per page view. */
    public long getFound() {
        if (found == null) {
            found = orderQueries.countFound(q);
        }
        return found;
    }

    /** More orders found than are counted and listed: the page asks for another word. */
    public boolean isMoreThanListed() {
        return getFound() > OrderQueries.FOUND_AT_MOST;
    }

    /** What was found, in a sentence above the list. */
    public String getSummary() {
        String words = q == null ? "" : q.strip();
        long count = getFound();
        if (count == 0) {
            return PageLanguage.texts().get("search.summary.none", words);
        }
        if (isMoreThanListed()) {
            return PageLanguage.texts().get("search.summary.many", OrderQueries.FOUND_AT_MOST, words);
        }
        return PageLanguage.texts().get("search.summary.found", count, words);
    }

    /** Whether anything searchable was typed: punctuation alone is not. */
    public boolean isSearched() {
        return !OrderSearchText.words(q).isEmpty();
    }

    public LazyDataModel<Order> getOrders() {
        return orders;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
        this.found = null;
    }
}
