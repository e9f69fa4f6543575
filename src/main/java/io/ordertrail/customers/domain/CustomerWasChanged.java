package io.ordertrail.customers.domain;

import java.util.List;

/** A customer's record was created or changed into a new version, with why and what changed. */
public record CustomerWasChanged(String customerNumber, int version, String reason, List<String> changes) {

    public CustomerWasChanged {
        changes = List.copyOf(changes);
    }
}
