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
 * @param lanesSetting    the setting that overrides {@code lanes}; null when it cannot be set
 * @param lanes           how many of a round's items are relayed at once, each lane keeping its items' order
 *                        ({@link RelayWork#lane})
 */
public record RelaySchedule(
        String name, String intervalSetting, Duration interval, int batchSize, String lanesSetting, int lanes) {

    /** A relay of one lane: every item after the one before it. */
    public RelaySchedule(String name, String intervalSetting, Duration interval, int batchSize) {
        this(name, intervalSetting, interval, batchSize, null, 1);
    }

    /** The lanes the configuration sets (at least 1), or the default. */
    public int configuredLanes() {
        int configured = lanesSetting == null
                ? lanes
                : ConfigProvider.getConfig()
                        .getOptionalValue(lanesSetting, Integer.class)
                        .orElse(lanes);
        return Math.max(1, configured);
    }

    /** The interval the configuration sets, or the default. */
    public Duration configuredInterval() {
        return ConfigProvider.getConfig()
                .getOptionalValue(intervalSetting, Long.class)
                .map(Duration::ofMillis)
                .orElse(interval);
    }
}
