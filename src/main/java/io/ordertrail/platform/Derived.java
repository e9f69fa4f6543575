package io.ordertrail.platform;

import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * What a bean builds from business settings that an admin may change at run time (MicroProfile Config, read through
 * {@code Provider} at each use): built again only when a setting's text changed.
 *
 * <p>A changed value that cannot be used (an approval value of "ten") does not stop the order desk: the last good
 * one stays in force, and the log says which setting is wrong and what it keeps using. With no good value yet (at
 * start), the error names the setting.
 */
public final class Derived<T> {

    private static final Logger LOG = Logger.getLogger(Derived.class.getName());

    private record Built<T>(List<String> settings, T value) {}

    private final String what;
    private volatile Built<T> good;
    private volatile List<String> refused;

    /** @param what what is built, for the log: "the order checks (ordertrail.orders.*)" */
    public Derived(String what) {
        this.what = what;
    }

    /** The value built from these settings' current texts; built again when one changed. */
    public T from(List<String> settings, Supplier<T> build) {
        Built<T> last = good;
        if (last != null && last.settings().equals(settings)) {
            return last.value();
        }
        try {
            Built<T> built = new Built<>(List.copyOf(settings), build.get());
            good = built;
            return built.value();
        } catch (RuntimeException e) {
            if (last == null) {
                throw new IllegalStateException(
                        "The settings of " + what + " cannot be used: " + settings + ": " + e.getMessage(), e);
            }
            if (!settings.equals(refused)) {
                refused = List.copyOf(settings);
                LOG.severe(() -> "The settings of " + what + " were changed to values that cannot be used ("
                        + settings + ": " + e.getMessage() + "); the previous ones stay in force: "
                        + last.settings());
            }
            return last.value();
        }
    }
}
