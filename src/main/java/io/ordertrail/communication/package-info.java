/**
 * SOP step 4 and section 5: confirming orders to customers by email, call or message, and keeping every
 * communication on record (content, recipient, author, order version, delivery status, acknowledgement).
 */
package io.ordertrail.communication;
