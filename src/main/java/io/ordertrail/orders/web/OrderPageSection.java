package io.ordertrail.orders.web;

import io.ordertrail.orders.domain.Order;
import java.util.List;

/**
 * A part of the order's page that another capability contributes (the confirmations, for one), so that the order's
 * page need not know it: loaded with the order, and adding its events to the order's timeline.
 */
public interface OrderPageSection {

    /** Called whenever the order's page (re)loads the order. */
    void load(Order order);

    /** What this section has to show on the order's timeline. */
    List<TimelineEvent> timeline();
}
