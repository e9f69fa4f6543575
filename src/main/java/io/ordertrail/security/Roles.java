package io.ordertrail.security;

/** The roles of the SOP's responsibilities table, plus the administrator who runs the system. */
public final class Roles {

    /** Sales and customer service: receive, verify, record and confirm orders. */
    public static final String SALES = "SALES";
    /** Inventory team: availability and stock. */
    public static final String INVENTORY = "INVENTORY";
    /** Fulfillment team: prepare and dispatch confirmed orders. */
    public static final String FULFILLMENT = "FULFILLMENT";
    /** Order processing manager: oversees the flow, resolves escalations, reviews. */
    public static final String MANAGER = "MANAGER";
    /** Administrator: users, configuration, dead letters. */
    public static final String ADMIN = "ADMIN";
    /** A system that places orders through the API: the online platform's service account. */
    public static final String INTEGRATION = "INTEGRATION";
    /** A monitoring system that reads {@code /metrics} (Prometheus, for example): a service account, nothing else. */
    public static final String METRICS = "METRICS";

    private Roles() {}
}
