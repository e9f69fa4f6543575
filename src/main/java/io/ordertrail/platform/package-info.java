/**
 * Cross-cutting wiring only: the data source, the JMS connection factory, the schema migration at start-up,
 * health checks and the demo data of the embedded setup. No business rule lives here.
 */
package io.ordertrail.platform;
