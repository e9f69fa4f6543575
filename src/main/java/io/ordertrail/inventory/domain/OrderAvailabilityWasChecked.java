package io.ordertrail.inventory.domain;

import java.util.List;

/**
 * Inventory has checked an order version against stock: every line reserved, or some short. Fired inside the
 * transaction that consumed the handover, so the order learns the outcome exactly when the reservations commit.
 */
public record OrderAvailabilityWasChecked(String orderNumber, int orderVersion, boolean allReserved,
                                          List<String> lineOutcomes) {
}
