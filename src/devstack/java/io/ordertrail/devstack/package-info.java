/**
 * The embedded stack for one machine with nothing installed: an Artemis broker, a GreenMail mail catcher and
 * Payara Micro running Ordertrail on an H2 file database. Used by the README's run command ({@link DevStack}) and
 * by the integration tests, so both run the application the same way. Not part of the WAR.
 */
package io.ordertrail.devstack;
