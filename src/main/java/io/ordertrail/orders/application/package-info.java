/**
 * The order desk's services (SOP steps 1 to 3, 5 and 6). Entry points and their cores come in pairs:
 * <ul>
 * <li>an entry point ({@code OrderIntake}, {@code OrderAmendments}, {@code OnlineOrders}) is an EJB: the transaction
 * and security boundary, with the roles of the people or systems who call it;</li>
 * <li>its core ({@code OrderIntakeCore}, {@code OrderAmendmentsCore}) does the work inside the caller's transaction,
 * so that every channel (staff, the online platform's API, the ERP queue) records and amends orders the same way.</li>
 * </ul>
 */
package io.ordertrail.orders.application;
