package io.ordertrail.platform.health;

import io.ordertrail.platform.Resources;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the database answers: Ordertrail cannot take an order without it. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = Resources.DATA_SOURCE)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            return HealthCheckResponse.named("database")
                    .status(connection.isValid(TIMEOUT_SECONDS))
                    .withData("product", connection.getMetaData().getDatabaseProductName())
                    .build();
        } catch (SQLException e) {
            // the health endpoint is public: the reason goes to the log, not to whoever asks
            LOG.log(Level.WARNING, "Database readiness check failed", e);
            return HealthCheckResponse.named("database")
                    .down()
                    .withData("error", "no connection to the database; the server log has the reason")
                    .build();
        }
    }
}
