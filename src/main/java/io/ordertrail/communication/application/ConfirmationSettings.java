package io.ordertrail.communication.application;

import io.ordertrail.communication.domain.RetryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
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
    int retryFirstSeconds;

    @Inject
    @ConfigProperty(name = "ordertrail.confirmation.retry-longest-seconds", defaultValue = "600")
    int retryLongestSeconds;

    @Inject
    @ConfigProperty(name = "ordertrail.confirmation.max-attempts", defaultValue = "12")
    int maxAttempts;

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

    public RetryPolicy retryPolicy() {
        return new RetryPolicy(
                Duration.ofSeconds(retryFirstSeconds), Duration.ofSeconds(retryLongestSeconds), maxAttempts);
    }

    public Optional<String> messageGatewayUrl() {
        return messageGatewayUrl.filter(u -> !u.isBlank());
    }
}
