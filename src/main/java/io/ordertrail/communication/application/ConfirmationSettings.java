package io.ordertrail.communication.application;

import io.ordertrail.communication.domain.RetryPolicy;
import io.ordertrail.platform.Derived;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How confirmations are sent: who customers should contact, the public address of links, retries, the gateway. */
@ApplicationScoped
public class ConfirmationSettings {

    @Inject
    @ConfigProperty(name = "ordertrail.confirmation.contact")
    String contact;

    @Inject
    @ConfigProperty(name = "ordertrail.public-url")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "ordertrail.confirmation.link-valid-days", defaultValue = "30")
    int linkValidDays;

    @Inject
    @ConfigProperty(name = "ordertrail.confirmation.retry-first-seconds", defaultValue = "5")
    Provider<String> retryFirstSeconds;

    @Inject
    @ConfigProperty(name = "ordertrail.confirmation.retry-longest-seconds", defaultValue = "600")
    Provider<String> retryLongestSeconds;

    @Inject
    @ConfigProperty(name = "ordertrail.confirmation.max-attempts", defaultValue = "12")
    Provider<String> maxAttempts;

    @Inject
    @ConfigProperty(name = "ordertrail.message.gateway-url")
    Optional<String> messageGatewayUrl;

    public String contact() {
        return contact;
    }

    /** The address customers reach Ordertrail at, without a trailing slash. */
    public String publicUrl() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public Duration linkValidity() {
        return Duration.ofDays(linkValidDays);
    }

    /** Read at each use: an admin's change applies to the next failed attempt. */
    private final Derived<RetryPolicy> retryPolicy =
            new Derived<>("the confirmation retry policy (ordertrail.confirmation.retry-*, max-attempts)");

    public RetryPolicy retryPolicy() {
        List<String> now = List.of(retryFirstSeconds.get(), retryLongestSeconds.get(), maxAttempts.get());
        return retryPolicy.from(
                now,
                () -> new RetryPolicy(
                        Duration.ofSeconds(Long.parseLong(now.get(0).trim())),
                        Duration.ofSeconds(Long.parseLong(now.get(1).trim())),
                        Integer.parseInt(now.get(2).trim())));
    }

    public Optional<String> messageGatewayUrl() {
        return messageGatewayUrl.filter(u -> !u.isBlank());
    }
}
