package io.ordertrail.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;
import jakarta.jms.JMSConnectionFactoryDefinition;

/**
 * The container resources Ordertrail needs, declared once. Payara resolves the {@code ${MPCONFIG=...}}
 * references from MicroProfile Config, so environment variables such as {@code ORDERTRAIL_DB_URL} switch the
 * database and the defaults in {@code microprofile-config.properties} run the embedded H2 file database.
 */
@DataSourceDefinitions({
    @DataSourceDefinition(
            name = Resources.DATA_SOURCE,
            className = Resources.DB_DATASOURCE,
            url = Resources.DB_URL,
            user = Resources.DB_USER,
            password = Resources.DB_PASSWORD,
            minPoolSize = 2,
            maxPoolSize = Resources.DATABASE_CONNECTIONS,
            properties = {Resources.VALIDATED, Resources.BY_AUTO_COMMIT}),
    @DataSourceDefinition(
            name = Resources.ID_DATA_SOURCE,
            className = Resources.DB_DATASOURCE,
            url = Resources.DB_URL,
            user = Resources.DB_USER,
            password = Resources.DB_PASSWORD,
            transactional = false,
            minPoolSize = 1,
            maxPoolSize = Resources.ID_CONNECTIONS,
            properties = {Resources.VALIDATED, Resources.BY_AUTO_COMMIT})
})
@JMSConnectionFactoryDefinition(
        name = Resources.CONNECTION_FACTORY,
        interfaceName = "jakarta.jms.ConnectionFactory",
        resourceAdapter = Resources.RESOURCE_ADAPTER,
        user = "${MPCONFIG=ordertrail.jms.user}",
        password = "${MPCONFIG=ordertrail.jms.password}",
        maxPoolSize = 20,
        minPoolSize = 0)
public final class Resources {

    /** The database both data sources open: from MicroProfile Config ({@code ORDERTRAIL_DB_*}). */
    static final String DB_DATASOURCE = "${MPCONFIG=ordertrail.db.datasource}";

    static final String DB_URL = "${MPCONFIG=ordertrail.db.url}";
    static final String DB_USER = "${MPCONFIG=ordertrail.db.user}";
    static final String DB_PASSWORD = "${MPCONFIG=ordertrail.db.password}";

    /** Both pools check a connection before they hand it out, so that one the database closed is replaced. */
    static final String VALIDATED = "fish.payara.is-connection-validation-required=true";

    static final String BY_AUTO_COMMIT = "fish.payara.connection-validation-method=auto-commit";

    /** The one data source of the transactions: orders, users, outbox, everything. */
    public static final String DATA_SOURCE = "java:app/jdbc/ordertrail";
    /**
     * The most connections the data source opens. A transaction uses one connection for all it does, so this many
     * transactions run at once and the next waits for one of them to end.
     */
    public static final int DATABASE_CONNECTIONS = 20;

    /**
     * The connections over which EclipseLink reads the next block of ids ({@link SequencedEntity}), each read a
     * transaction of its own, while the threads that need an id wait for it ({@link IdSequencing}). Not the
     * transactions' pool: when all of its connections were held by transactions waiting for ids, the read of the block
     * waited for one of them, and everything stood still until the pool gave up (60 s). A global name: EclipseLink looks it up as it
     * starts, outside any component of the application, where {@code java:app} names cannot be resolved.
     */
    public static final String ID_DATA_SOURCE = "java:global/jdbc/ordertrail-ids";

    /** One reads a block at a time; the second lets a new connection open while a broken one is being replaced. */
    public static final int ID_CONNECTIONS = 2;

    /** The XA connection factory of the Artemis resource adapter. */
    public static final String CONNECTION_FACTORY = "java:app/jms/ordertrail";
    /** Payara names a deployed RAR after its file: artemis-ra.rar. */
    public static final String RESOURCE_ADAPTER = "artemis-ra";

    private Resources() {}
}
