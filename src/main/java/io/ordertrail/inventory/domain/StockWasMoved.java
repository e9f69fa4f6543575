package io.ordertrail.inventory.domain;

/** Stock was counted, adjusted or imported: the movement says by whom, why, and what was on hand after. */
public record StockWasMoved(StockMovement movement) {}
