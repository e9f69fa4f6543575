package io.ordertrail.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins counted per key (an account name, or a client address): a few are free, then each further try must
 * wait a growing delay, and at the limit the key is locked for a while, or until an administrator unlocks it. A
 * success clears an account's count. Failures older than the lock time are forgotten. Kept in memory, at most
 * {@value #MAX_KEYS} keys (the quietest are dropped first).
 */
final class SignInThrottle {

    static final int MAX_KEYS = 10_000;

    /** How many failures are free, how the delay grows after them, and when the key locks for how long. */
    record Limits(int freeFailures, Duration firstDelay, Duration longestDelay, int lockAfter, Duration lockFor) {}

    /** Why a try is refused before its password is checked: wait this long, or locked until then. */
    record Refusal(boolean locked, Instant until) {}

    private static final class State {
        int failures;
        Instant lastFailure;
        Instant lockedUntil;
    }

    private final Limits limits;
    private final Map<String, State> states = new ConcurrentHashMap<>();

    SignInThrottle(Limits limits) {
        this.limits = limits;
    }

    /** Whether a try may go ahead now; if not, why and until when. */
    Optional<Refusal> refusal(String key, Instant now) {
        State state = states.get(key);
        if (state == null) {
            return Optional.empty();
        }
        synchronized (state) {
            forgetIfStale(state, now);
            if (state.lockedUntil != null && now.isBefore(state.lockedUntil)) {
                return Optional.of(new Refusal(true, state.lockedUntil));
            }
            if (state.failures > limits.freeFailures()) {
                Instant next = state.lastFailure.plus(delayAfter(state.failures));
                if (now.isBefore(next)) {
                    return Optional.of(new Refusal(false, next));
                }
            }
            return Optional.empty();
        }
    }

    /** Counts a failure; returns whether it locked the key. */
    boolean failed(String key, Instant now) {
        if (states.size() >= MAX_KEYS && !states.containsKey(key)) {
            dropQuietest(now);
        }
        State state = states.computeIfAbsent(key, k -> new State());
        synchronized (state) {
            forgetIfStale(state, now);
            state.failures++;
            state.lastFailure = now;
            if (state.failures >= limits.lockAfter() && state.lockedUntil == null) {
                state.lockedUntil = now.plus(limits.lockFor());
                return true;
            }
            return false;
        }
    }

    void succeeded(String key) {
        states.remove(key);
    }

    /** Lifts a lock and forgets the failures; returns whether there was anything to lift. */
    boolean unlock(String key) {
        return states.remove(key) != null;
    }

    /** The keys locked now, and until when. */
    Map<String, Instant> locked(Instant now) {
        Map<String, Instant> locked = new TreeMap<>();
        states.forEach((key, state) -> {
            synchronized (state) {
                if (state.lockedUntil != null && now.isBefore(state.lockedUntil)) {
                    locked.put(key, state.lockedUntil);
                }
            }
        });
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

    private void forgetIfStale(State state, Instant now) {
        boolean lockOver = state.lockedUntil != null && !now.isBefore(state.lockedUntil);
        boolean longAgo = state.lastFailure != null
                && state.lastFailure.plus(limits.lockFor()).isBefore(now);
        if (lockOver || (state.lockedUntil == null && longAgo)) {
            state.failures = 0;
            state.lastFailure = null;
            state.lockedUntil = null;
        }
    }

    private void dropQuietest(Instant now) {
        states.entrySet().removeIf(e -> {
            State s = e.getValue();
            synchronized (s) {
                return s.lockedUntil == null
                        && (s.lastFailure == null
                                || s.lastFailure.plus(limits.lockFor()).isBefore(now));
            }
        });
        if (states.size() >= MAX_KEYS) {
            states.keySet().stream().findAny().ifPresent(states::remove);
        }
    }
}
