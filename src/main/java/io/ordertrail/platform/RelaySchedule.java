package io.ordertrail.platform;

import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How a relay runs.
 *
 * @param name            for the log and for {@link WorkWasQueued}: "Outbox messages"
 * @param intervalSetting the setting that overrides how often its timer looks for items that are due, in ms
 * @param interval        how often, when the setting is not set
 * @param batchSize       how many items a round reads at a time
 */
public record RelaySchedule(String name, String intervalSetting, Duration interval, int batchSize) {

    /** The interval the configuration sets, or the default. */
    public Duration configuredInterval() {
        return ConfigProvider.getConfig()
                .getOptionalValue(intervalSetting, Long.class)
                .map(Duration::ofMillis)
                .orElse(interval);
    }
}
