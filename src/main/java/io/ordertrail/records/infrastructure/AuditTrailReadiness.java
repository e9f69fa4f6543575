package io.ordertrail.records.infrastructure;

import io.ordertrail.records.application.TrailHealth;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The alert on the health page: DOWN once a verification of the audit trail (the daily one, the command's or an
 * administrator's) found a break, until a later one finds the chain intact. Where the break is goes to the log and
 * the audit page, not to the public health endpoint.
 */
@Readiness
@ApplicationScoped
public class AuditTrailReadiness implements HealthCheck {

    @Inject
    TrailHealth health;

    @Override
    public HealthCheckResponse call() {
        TrailHealth.Last last = health.last();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("audit-trail");
        if (last == null) {
            return response.up()
                    .withData("verified", "not yet on this server (daily at 03:17)")
                    .build();
        }
        if (last.result().intact()) {
            return response.up()
                    .withData("verified", last.at().toString())
                    .withData("entries", last.result().checked())
                    .build();
        }
        return response.down()
                .withData("verified", last.at().toString())
                .withData("error", "the audit trail failed verification; the server log and the audit page say where")
                .build();
    }
}
