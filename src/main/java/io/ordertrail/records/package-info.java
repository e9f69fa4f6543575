/**
 * Records (SOP section 5): one audit trail of every change, written in the transaction of the change by listening
 * to the capabilities' events, and chained by SHA-256 so that a changed or removed entry shows. Above every
 * capability, since it hears them all; none of them knows it.
 */
package io.ordertrail.records;
