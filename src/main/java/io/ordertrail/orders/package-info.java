/**
 * Orders, from receiving to recording (SOP steps 1 to 3), and later confirming and amending them (steps 4 and 6).
 * {@code domain} holds the rules, {@code application} the services that are the transaction and security
 * boundary, {@code infrastructure} the persistence, {@code web} the staff's pages.
 */
package io.ordertrail.orders;
