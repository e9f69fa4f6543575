/**
 * Communication and handover (SOP step 7): telling the inventory and fulfillment teams about new and changed
 * orders, reliably. Handover messages are written to an outbox in the order's own transaction and relayed to
 * the teams' JMS queues after it commits, so a message is never sent for an order that does not exist and never
 * lost for one that does. Each team's consumer records what it received once, whatever the broker redelivers.
 */
package io.ordertrail.handover;
