package io.ordertrail.platform.originals;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InboundOriginalTest {

    private final Transactions transactions = new Transactions();
    private final InboundOriginal inbound = new InboundOriginal();

    @BeforeEach
    void aRequestArrived() {
        inbound.transactions = transactions;
        inbound.arrived(
                OriginalKind.API_REQUEST,
                "message/http",
                "post-orders.http",
                "POST /api/orders HTTP/1.1".getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void whatArrivedIsTakenOnceWhenItsTransactionCommits() {
        assertThat(inbound.take()).isPresent();
        transactions.end(Status.STATUS_COMMITTED);

        assertThat(inbound.take()).isEmpty();
    }

    @Test
    void whatArrivedIsThereAgainWhenTheTransactionThatTookItRolledBack() {
        InboundOriginal.Arrived first = inbound.take().orElseThrow();
        transactions.end(Status.STATUS_ROLLEDBACK);

        InboundOriginal.Arrived again = inbound.take().orElseThrow();
        assertThat(again.fileName()).isEqualTo(first.fileName());
        assertThat(again.bytes()).isEqualTo(first.bytes());
        transactions.end(Status.STATUS_COMMITTED);
        assertThat(inbound.take()).isEmpty();
    }

    @Test
    void outsideATransactionItIsSimplyTaken() {
        transactions.active = false;

        assertThat(inbound.take()).isPresent();
        assertThat(inbound.take()).isEmpty();
        assertThat(transactions.registered).isEmpty();
    }

    /** The container's registry, reduced to what a request's transaction does with what is registered. */
    private static final class Transactions implements TransactionSynchronizationRegistry {
        boolean active = true;
        final List<Synchronization> registered = new ArrayList<>();

        void end(int status) {
            List<Synchronization> ending = List.copyOf(registered);
            registered.clear();
            ending.forEach(Synchronization::beforeCompletion);
            ending.forEach(s -> s.afterCompletion(status));
        }

        @Override
        public Object getTransactionKey() {
            return active ? this : null;
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            registered.add(sync);
        }

        @Override
        public void putResource(Object key, Object value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object getResource(Object key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getTransactionStatus() {
            return active ? Status.STATUS_ACTIVE : Status.STATUS_NO_TRANSACTION;
        }

        @Override
        public void setRollbackOnly() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }
}
