package io.ordertrail.orders.domain;

import io.ordertrail.platform.InputRejected;
import java.util.List;

/** An order that cannot be recorded or changed as asked; nothing of it is stored. */
public class OrderRejected extends InputRejected {

    public OrderRejected(List<Problem> problems) {
        super(problems);
    }
}
