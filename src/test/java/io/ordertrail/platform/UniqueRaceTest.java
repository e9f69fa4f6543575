package io.ordertrail.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class UniqueRaceTest {

    /** What a session bean's caller gets when the flush met a unique key: the database's refusal, wrapped twice. */
    private static RuntimeException refusedBy(String sqlState) {
        return new EJBException(new PersistenceException(
                "Exception [EclipseLink-4002]", new SQLException("refused by a key", sqlState)));
    }

    @Test
    void aTransactionThatLostARaceOnAUniqueKeyIsRunAgainAndItsAnswerReturned() {
        AtomicInteger runs = new AtomicInteger();

        String answer = UniqueRace.runAgainWhenLost("a test", () -> {
            if (runs.incrementAndGet() == 1) {
                throw refusedBy("23505");
            }
            return "the winner's order";
        });

        assertThat(answer).isEqualTo("the winner's order");
        assertThat(runs).hasValue(2);
    }

    @Test
    void anyOtherFailureIsThrownAtOnceWithoutRunningAgain() {
        AtomicInteger runs = new AtomicInteger();
        RuntimeException foreignKey = refusedBy("23503");

        assertThatThrownBy(() -> UniqueRace.runAgainWhenLost("a test", () -> {
                    runs.incrementAndGet();
                    throw foreignKey;
                }))
                .isSameAs(foreignKey);
        assertThat(runs).hasValue(1);
    }

    @Test
    void losingEveryRunIsAFaultThrownAfterTheLastRun() {
        AtomicInteger runs = new AtomicInteger();

        assertThatThrownBy(() -> UniqueRace.runAgainWhenLost("a test", () -> {
                    runs.incrementAndGet();
                    throw refusedBy("23505");
                }))
                .isInstanceOf(EJBException.class);
        assertThat(runs).hasValue(UniqueRace.RUNS);
    }

    @Test
    void aBatchsRefusalIsFoundAmongItsNextExceptions() {
        BatchUpdateException batch = new BatchUpdateException("batch entry 2 failed", "24000", new int[0]);
        batch.setNextException(new SQLException("duplicate key value violates unique constraint", "23505"));

        assertThat(UniqueRace.lostToAUniqueKey(new PersistenceException(batch))).isTrue();
        assertThat(UniqueRace.lostToAUniqueKey(new PersistenceException(new SQLException("deadlock", "40P01"))))
                .isFalse();
        assertThat(UniqueRace.lostToAUniqueKey(new IllegalStateException("no database at all")))
                .isFalse();
    }
}
