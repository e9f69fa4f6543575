package io.ordertrail.platform;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * A transaction that lost a race: another one, at the same moment, stored a row with the same unique key (SQLSTATE
 * 23505, on PostgreSQL and H2 alike), for example the same API request sent twice at once with its Idempotency-Key.
 * The loser was rolled back whole, so it is run again: it then finds what the winner stored (the key's order, the
 * same bytes already kept) and answers as a retry would.
 */
public final class UniqueRace {

    private static final Logger LOG = Logger.getLogger(UniqueRace.class.getName());

    /** SQL's class 23, integrity constraint violation: 23505, a unique key. */
    static final String UNIQUE_VIOLATION = "23505";

    /** Runs: the first and two more; a third loss in a row is no race but a fault, and is thrown. */
    static final int RUNS = 3;

    private UniqueRace() {}

    /**
     * Runs a transaction (a call of a session bean's business method that starts its own), again when it lost a
     * race on a unique key.
     *
     * @param what what the transaction does, for the log
     */
    public static <T> T runAgainWhenLost(String what, Supplier<T> transaction) {
        for (int run = 1; ; run++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (run == RUNS || !lostToAUniqueKey(e)) {
                    throw e;
                }
                int lost = run;
                LOG.info(() -> what + " lost a race on a unique key ("
                        + uniqueViolation(e).getMessage().strip() + "), run " + lost + " of " + RUNS
                        + "; nothing of it was stored, running it again");
            }
        }
    }

    /** Whether a unique key refused what the transaction wrote, anywhere in the chain of causes. */
    static boolean lostToAUniqueKey(Throwable failure) {
        return uniqueViolation(failure) != null;
    }

    /** The database's refusal by a unique key in the chain of causes, or null. */
    private static SQLException uniqueViolation(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            // a batch's failure holds the statement's own in its chain of next exceptions
            for (SQLException sql = t instanceof SQLException first ? first : null;
                    sql != null;
                    sql = sql.getNextException() == sql ? null : sql.getNextException()) {
                if (UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                    return sql;
                }
            }
        }
        return null;
    }
}
