package io.ordertrail.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Failed sign-ins counted per key (an account name, or a client address): a few are free, then each further try must
 * wait a growing delay, and at the limit the key is locked for a while, or until an administrator unlocks it. A
 * success clears an account's count. Failures older than the lock time are forgotten.
 *
 * <p>Where the counts are kept is the {@link Store}'s: in production the database ({@link SignInThrottleStore}), so
 * that every server of a cluster counts the same failures and a lock outlives a restart.
 */
final class SignInThrottle {

    /** How many failures are free, how the delay grows after them, and when the key locks for how long. */
    record Limits(int freeFailures, Duration firstDelay, Duration longestDelay, int lockAfter, Duration lockFor) {}

    /** Why a try is refused before its password is checked: wait this long, or locked until then. */
    record Refusal(boolean locked, Instant until) {}

    /** A key's failures so far, the last one's time, and the end of its lock (null: none). */
    record State(int failures, Instant lastFailure, Instant lockedUntil) {

        static final State NONE = new State(0, null, null);
    }

    /** Where the states are kept, by key. */
    interface Store {

        Optional<State> find(String key);

        /** Changes a key's state ({@link State#NONE} when it has none) as one step that no other server interleaves. */
        State change(String key, UnaryOperator<State> change);

        /** Forgets a key; returns whether it had a state. */
        boolean forget(String key);

        /** The keys with these prefixes locked at {@code now}, and until when. */
        Map<String, Instant> lockedAt(String prefix, Instant now);
    }

    private final Limits limits;
    private final Store store;
    private final String prefix;

    /** A throttle for the keys of one kind ({@code prefix}: "account:", "address:") in {@code store}. */
    SignInThrottle(Limits limits, Store store, String prefix) {
        this.limits = limits;
        this.store = store;
        this.prefix = prefix;
    }

    /** Whether a try may go ahead now; if not, why and until when. */
    Optional<Refusal> refusal(String key, Instant now) {
        Optional<State> found = store.find(prefix + key);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        State state = current(found.get(), now);
        if (state.lockedUntil() != null && now.isBefore(state.lockedUntil())) {
            return Optional.of(new Refusal(true, state.lockedUntil()));
        }
        if (state.failures() > limits.freeFailures()) {
            Instant next = state.lastFailure().plus(delayAfter(state.failures()));
            if (now.isBefore(next)) {
                return Optional.of(new Refusal(false, next));
            }
        }
        return Optional.empty();
    }

    /** Counts a failure; returns whether it locked the key. */
    boolean failed(String key, Instant now) {
        boolean[] locked = {false};
        UnaryOperator<State> count = before -> {
            State state = current(before, now);
            int failures = state.failures() + 1;
            Instant lockedUntil = state.lockedUntil();
            locked[0] = failures >= limits.lockAfter() && lockedUntil == null;
            if (locked[0]) {
                lockedUntil = now.plus(limits.lockFor());
            }
            return new State(failures, now, lockedUntil);
        };
        try {
            store.change(prefix + key, count);
        } catch (RuntimeException raced) {
            // another server counted this key's first failure at the same moment and its row won: count on it
            store.change(prefix + key, count);
        }
        return locked[0];
    }

    void succeeded(String key) {
        store.forget(prefix + key);
    }

    /** Lifts a lock and forgets the failures; returns whether there was anything to lift. */
    boolean unlock(String key) {
        return store.forget(prefix + key);
    }

    /** The keys locked now, and until when. */
    Map<String, Instant> locked(Instant now) {
        Map<String, Instant> locked = new TreeMap<>();
        store.lockedAt(prefix, now).forEach((key, until) -> locked.put(key.substring(prefix.length()), until));
        return locked;
    }

    Duration delayAfter(int failures) {
        int beyondFree = failures - limits.freeFailures();
        if (beyondFree <= 0) {
            return Duration.ZERO;
        }
        Duration delay = limits.firstDelay().multipliedBy(1L << Math.min(beyondFree - 1, 20));
        return delay.compareTo(limits.longestDelay()) > 0 ? limits.longestDelay() : delay;
    }

    /** The state as it counts now: nothing, once its lock is over or its last failure is older than the lock time. */
    private State current(State state, Instant now) {
        boolean lockOver = state.lockedUntil() != null && !now.isBefore(state.lockedUntil());
        boolean longAgo = state.lastFailure() != null
                && state.lastFailure().plus(limits.lockFor()).isBefore(now);
        return lockOver || (state.lockedUntil() == null && longAgo) ? State.NONE : state;
    }

    /** The states in this process's memory: for the tests of the rules, which need no database. */
    static final class InMemory implements Store {

        private final Map<String, State> states = new ConcurrentHashMap<>();

        @Override
        public Optional<State> find(String key) {
            return Optional.ofNullable(states.get(key));
        }

        @Override
        public State change(String key, UnaryOperator<State> change) {
            return states.compute(key, (k, before) -> change.apply(before == null ? State.NONE : before));
        }

        @Override
        public boolean forget(String key) {
            return states.remove(key) != null;
        }

        @Override
        public Map<String, Instant> lockedAt(String prefix, Instant now) {
            Map<String, Instant> locked = new TreeMap<>();
            states.forEach((key, state) -> {
                if (key.startsWith(prefix) && state.lockedUntil() != null && now.isBefore(state.lockedUntil())) {
                    locked.put(key, state.lockedUntil());
                }
            });
            return locked;
        }
    }
}
