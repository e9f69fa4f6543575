/**
 * The ERP channel (SOP step 1, orders from legacy ERP systems): OASIS UBL 2.1 Order documents arrive on the JMS
 * queue {@code erp.orders.in}, go through the same verification, recording, confirmation and handover as orders taken
 * by staff (channel ERP), and are answered with a UBL OrderResponse. Documents that cannot be read are refused with
 * their reason: answered, when the sender can be told, otherwise moved to the dead-letter queue.
 */
package io.ordertrail.erp;
