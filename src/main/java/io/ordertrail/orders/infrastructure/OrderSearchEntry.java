package io.ordertrail.orders.infrastructure;

import io.ordertrail.orders.domain.OrderSearchText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * An order's search text as stored (V41). On PostgreSQL the table also has {@code search_vector}, generated from
 * these three columns by the database and not mapped here.
 */
@Entity
@Table(name = "order_search")
public class OrderSearchEntry implements Serializable {

    @Id
    @Column(name = "order_id")
    private Long orderId;

    @Column(name = "search_key", nullable = false)
    private String key;

    @Column(name = "search_customer", nullable = false)
    private String customer;

    @Column(name = "search_body", nullable = false)
    private String body;

    protected OrderSearchEntry() {}

    OrderSearchEntry(Long orderId, OrderSearchText text) {
        this.orderId = orderId;
        update(text);
    }

    final void update(OrderSearchText text) {
        this.key = text.key();
        this.customer = text.customer();
        this.body = text.body();
    }
}
