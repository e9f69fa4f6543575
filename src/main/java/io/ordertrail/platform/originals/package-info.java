/**
 * The originals (SOP section 5): the exact bytes that arrived (an ERP document, an API request with its headers, an
 * email file) and that left (a confirmation as sent, an OrderResponse), kept once by their SHA-256 and linked to
 * what they are about. Shared wiring: any capability keeps its originals here, and the audit trail hears of each.
 */
package io.ordertrail.platform.originals;
