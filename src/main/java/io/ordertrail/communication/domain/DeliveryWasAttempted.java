package io.ordertrail.communication.domain;

/**
 * One attempt to send a confirmation or a notice was made: sent, or failed and to be tried again, or failed and
 * given up on. Fired inside the attempt's transaction.
 */
public record DeliveryWasAttempted(
        CommunicationKind kind, ConfirmationChannel channel, int attempt, DeliveryStatus status) {

    public static DeliveryWasAttempted of(Communication communication) {
        return new DeliveryWasAttempted(
                communication.getKind(),
                communication.getChannel(),
                communication.getAttempts(),
                communication.getStatus());
    }

    /** Not the first attempt: a retry. */
    public boolean retry() {
        return attempt > 1;
    }
}
