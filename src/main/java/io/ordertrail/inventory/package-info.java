/**
 * The inventory team (SOP section 3): stock per location, and the inventory side of the handover (SOP step 7),
 * received by {@link io.ordertrail.inventory.infrastructure.InventoryHandoverListener}.
 */
package io.ordertrail.inventory;
