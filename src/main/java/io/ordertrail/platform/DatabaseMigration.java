package io.ordertrail.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the Flyway migrations in {@code db/migration} (and {@code db/vendor/(database)}
 * for the little that differs) before anything else starts.
 * If a migration fails, deployment fails: the application never runs on a schema it does not understand.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@PermitAll // runs at start-up only, with no caller
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = Resources.DATA_SOURCE)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                // db/migration for every database; db/vendor/h2 or db/vendor/postgresql for what differs
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor())
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migration(s) applied now)");
    }

    /** The folder of migrations for this database: h2 or postgresql (Flyway's {vendor} does not resolve here). */
    private String vendor() {
        return SqlDialect.of(dataSource).folder();
    }
}
