package io.ordertrail.platform.originals;

import jakarta.enterprise.context.RequestScoped;

/**
 * What arrived with the request or message being handled, until the change it causes keeps it: the channel's
 * entry point says what arrived, and the first change recorded about something links it there.
 */
@RequestScoped
public class InboundOriginal {

    /** An original that arrived, not linked yet. */
    public record Arrived(OriginalKind kind, String mediaType, String fileName, byte[] bytes) {}

    private Arrived arrived;

    public void arrived(OriginalKind kind, String mediaType, String fileName, byte[] bytes) {
        this.arrived = new Arrived(kind, mediaType, fileName, bytes.clone());
    }

    /** The original not linked yet, if one arrived; taken once. */
    public java.util.Optional<Arrived> take() {
        Arrived taken = arrived;
        arrived = null;
        return java.util.Optional.ofNullable(taken);
    }
}
