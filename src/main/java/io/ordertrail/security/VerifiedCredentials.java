package io.ordertrail.security;

import io.ordertrail.platform.Sha256;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Credentials verified a moment ago, so that a service account calling the API many times a second costs one
 * PBKDF2 verification per {@code timeToLive}, not one per call. Holds only a SHA-256 fingerprint of the
 * credentials, never the password. The caller checks each hit against the account as it is now (enabled, same
 * password), so that a disabled account or a new password takes effect at once.
 */
final class VerifiedCredentials<T> {

    private record Entry<T>(T value, Instant expires) {}

    private final Duration timeToLive;
    private final int capacity;
    private final Clock clock;
    private final Map<String, Entry<T>> entries;

    VerifiedCredentials(Duration timeToLive, int capacity, Clock clock) {
        this.timeToLive = timeToLive;
        this.capacity = capacity;
        this.clock = clock;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry<T>> eldest) {
                return size() > VerifiedCredentials.this.capacity;
            }
        };
    }

    synchronized Optional<T> find(String credentials) {
        String key = fingerprint(credentials);
        Entry<T> entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.expires())) {
            entries.remove(key);
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    synchronized void remember(String credentials, T value) {
        entries.put(fingerprint(credentials), new Entry<>(value, clock.instant().plus(timeToLive)));
    }

    private static String fingerprint(String credentials) {
        return Sha256.hex(credentials);
    }
}
