package io.ordertrail.operations;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.enterprise.inject.spi.ProcessInjectionPoint;
import jakarta.inject.Provider;
import java.lang.reflect.ParameterizedType;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code ordertrail.*} setting the application reads, found where it is injected (no list to keep by hand):
 * its name, its default, whether it is read at each use ({@code Provider}: a change applies without a restart) and
 * which classes read it.
 */
public class SettingsCatalog implements Extension {

    /** One setting as the code reads it. */
    public record Setting(String name, String defaultValue, boolean live, List<String> readBy) {

        /** The environment variable that sets it: {@code ordertrail.orders.approval-value} → ORDERTRAIL_ORDERS_APPROVAL_VALUE. */
        public String environmentVariable() {
            return name.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
        }
    }

    private static final String PREFIX = "ordertrail.";

    private final Map<String, Setting> settings = new TreeMap<>();

    void injectionPoint(@Observes ProcessInjectionPoint<?, ?> event) {
        InjectionPoint point = event.getInjectionPoint();
        point.getQualifiers().stream()
                .filter(ConfigProperty.class::isInstance)
                .map(ConfigProperty.class::cast)
                .filter(property -> property.name().startsWith(PREFIX))
                .findFirst()
                .ifPresent(property -> add(property, point));
    }

    private synchronized void add(ConfigProperty property, InjectionPoint point) {
        boolean live = point.getType() instanceof ParameterizedType type && type.getRawType() == Provider.class;
        String reader = point.getMember().getDeclaringClass().getSimpleName();
        String defaultValue =
                ConfigProperty.UNCONFIGURED_VALUE.equals(property.defaultValue()) ? null : property.defaultValue();
        settings.merge(
                property.name(), new Setting(property.name(), defaultValue, live, List.of(reader)), (known, more) -> {
                    TreeSet<String> readers = new TreeSet<>(known.readBy());
                    readers.addAll(more.readBy());
                    return new Setting(
                            known.name(),
                            known.defaultValue() != null ? known.defaultValue() : more.defaultValue(),
                            // live only if every reader reads it at each use
                            known.live() && more.live(),
                            List.copyOf(readers));
                });
    }

    /** The settings, by name. */
    public synchronized List<Setting> settings() {
        return List.copyOf(settings.values());
    }
}
