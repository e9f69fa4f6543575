/**
 * The fulfillment team (SOP section 3): preparing and dispatching confirmed orders, starting from the handover
 * received by {@link io.ordertrail.fulfillment.infrastructure.FulfillmentHandoverListener}.
 */
package io.ordertrail.fulfillment;
