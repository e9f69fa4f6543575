package io.ordertrail.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Without demo data, Ordertrail is in production: it refuses to start while the database password, the broker
 * password or the key that signs acknowledgement links is missing or is the embedded set-up's demo value, and says
 * which one and what to set. Runs before anything else does.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@PermitAll // runs at start-up only, with no caller
public class ProductionSecrets {

    private static final Logger LOG = Logger.getLogger(ProductionSecrets.class.getName());

    /** A secret the production configuration must set: its key, the variable that sets it, its demo value. */
    record Secret(String key, String variable, String demoValue, String what) {}

    static final List<Secret> SECRETS = List.of(
            new Secret("ordertrail.db.password", "ORDERTRAIL_DB_PASSWORD", "ordertrail", "the database password"),
            new Secret("ordertrail.jms.password", "ORDERTRAIL_JMS_PASSWORD", "ordertrail", "the broker password"),
            new Secret(
                    "ordertrail.confirmation.signing-key",
                    "ORDERTRAIL_CONFIRMATION_SIGNING_KEY",
                    null,
                    "the key that signs acknowledgement links (base64, 32 bytes or more)"));

    @PostConstruct
    void refuseDemoSecrets() {
        Config config = ConfigProvider.getConfig();
        boolean demo =
                config.getOptionalValue("ordertrail.demo.data", Boolean.class).orElse(false);
        List<String> problems = problems(demo, key -> config.getOptionalValue(key, String.class));
        if (!problems.isEmpty()) {
            String message = "Ordertrail does not start in production (no demo data) with missing or demo secrets: "
                    + String.join("; ", problems) + ".";
            LOG.severe(message);
            throw new IllegalStateException(message);
        }
    }

    /** What is wrong with the secrets, each naming the variable to set; empty with demo data, or when all is set. */
    static List<String> problems(boolean demoData, Function<String, Optional<String>> config) {
        List<String> problems = new ArrayList<>();
        if (demoData) {
            return problems;
        }
        for (Secret secret : SECRETS) {
            Optional<String> value =
                    config.apply(secret.key()).map(String::trim).filter(v -> !v.isEmpty());
            if (value.isEmpty()) {
                problems.add(secret.variable() + " is not set: set it to " + secret.what());
            } else if (value.get().equals(secret.demoValue())) {
                problems.add(secret.variable() + " is the demo value: set it to " + secret.what());
            }
        }
        return problems;
    }
}
