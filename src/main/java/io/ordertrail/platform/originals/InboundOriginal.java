package io.ordertrail.platform.originals;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * What arrived with the request or message being handled, until the change it causes keeps it: the channel's
 * entry point says what arrived, and the first change recorded about something links it there.
 */
@RequestScoped
public class InboundOriginal {

    /** An original that arrived, not linked yet. */
    public record Arrived(OriginalKind kind, String mediaType, String fileName, byte[] bytes) {}

    private Arrived arrived;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public void arrived(OriginalKind kind, String mediaType, String fileName, byte[] bytes) {
        this.arrived = new Arrived(kind, mediaType, fileName, bytes.clone());
    }

    /**
     * The original not linked yet, if one arrived; taken once. Taken in a transaction that then rolls back, it is
     * there again for the next one (a request run again after it lost a race on a unique key: its order still keeps
     * what arrived).
     */
    public java.util.Optional<Arrived> take() {
        Arrived taken = arrived;
        arrived = null;
        if (taken != null && transactions.getTransactionKey() != null) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to do before: only a rollback changes what is left to take
                }

                @Override
                public void afterCompletion(int status) {
                    if (status != Status.STATUS_COMMITTED && arrived == null) {
                        arrived = taken;
                    }
                }
            });
        }
        return java.util.Optional.ofNullable(taken);
    }
}
