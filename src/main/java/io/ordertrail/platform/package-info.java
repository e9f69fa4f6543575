/**
 * Cross-cutting wiring only: the data source, the JMS connection factory and queue names, the transactional
 * outbox and its relay, the one clock, the schema migration at start-up, health checks, and what every page and
 * API error shares. It imports no capability, and no business rule lives here.
 */
package io.ordertrail.platform;
