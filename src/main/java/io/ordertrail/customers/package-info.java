/** The customers who place orders: their numbers, contact details and delivery addresses. */
package io.ordertrail.customers;
