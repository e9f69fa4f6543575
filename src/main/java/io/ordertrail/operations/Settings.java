package io.ordertrail.operations;

import io.ordertrail.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.ConfigValue;

/**
 * Ordertrail's settings as they are in force now, for the admin: each one's value and where it came from (the
 * built-in default, the environment, or the server console), read-only. Secrets show only whether they are set.
 */
@Stateless
public class Settings {

    /** One setting now. */
    public record CurrentSetting(
            String name, String environmentVariable, String value, String source, boolean live, List<String> readBy)
            implements Serializable {

        public String getName() {
            return name;
        }

        public String getEnvironmentVariable() {
            return environmentVariable;
        }

        public String getValue() {
            return value;
        }

        public String getSource() {
            return source;
        }

        public boolean isLive() {
            return live;
        }

        public String getReadBy() {
            return String.join(", ", readBy);
        }
    }

    /** Names that hold a secret: their value is never shown. */
    private static final Set<String> SECRET_WORDS = Set.of("password", "key", "secret");

    @Inject
    SettingsCatalog catalog;

    @RolesAllowed(Roles.ADMIN)
    public List<CurrentSetting> current() {
        Config config = ConfigProvider.getConfig();
        return catalog.settings().stream()
                .map(setting -> {
                    ConfigValue value = config.getConfigValue(setting.name());
                    boolean set = value.getValue() != null;
                    String shown = set ? value.getValue() : setting.defaultValue();
                    return new CurrentSetting(
                            setting.name(),
                            setting.environmentVariable(),
                            isSecret(setting.name())
                                    ? (shown == null || shown.isBlank() ? "(not set)" : "(set, hidden)")
                                    : shown,
                            set ? source(value) : "default (in the code)",
                            setting.live(),
                            setting.readBy());
                })
                .toList();
    }

    static boolean isSecret(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return SECRET_WORDS.stream().anyMatch(lower::contains);
    }

    /** Where a value came from, in an admin's words. */
    static String source(ConfigValue value) {
        String name = value.getSourceName() == null ? "" : value.getSourceName();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.contains("env")) {
            return "environment";
        }
        if (lower.contains("system")) {
            return "JVM option (-D)";
        }
        // the application's own META-INF/microprofile-config.properties: the specification's ordinal 100
        if (lower.contains("microprofile-config.properties") || value.getSourceOrdinal() == 100) {
            return "default (microprofile-config.properties)";
        }
        if (lower.contains("domain")
                || lower.contains("config")
                || lower.contains("server")
                || lower.contains("cluster")) {
            return "server console (" + name + ")";
        }
        return name + " (ordinal " + value.getSourceOrdinal() + ")";
    }
}
