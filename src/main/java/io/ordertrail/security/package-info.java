/**
 * Who may do what: the roles of the SOP (sales, inventory, fulfillment, the order processing manager) plus the
 * administrator, form login against the database identity store, and the user accounts behind it.
 */
package io.ordertrail.security;
