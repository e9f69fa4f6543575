package io.ordertrail.security;

import io.ordertrail.platform.BusinessClock;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sign-in that resists guessing: failed sign-ins are counted per account name and per client address, with a growing
 * wait after a few and a temporary lock at the limit, which an ADMIN can lift. Names that are no account are
 * counted, waited and locked alike, and a failure for one costs the same password hash as for an account, so
 * neither the answer nor its timing tells who exists. Every outcome is recorded ({@link SignInRecord}).
 *
 * <p>The counts are in the database ({@link SignInThrottleStore}): every server of a cluster counts the same
 * failures, an unlock lifts a lock everywhere, and a lock outlives a restart.
 */
@ApplicationScoped
public class SignInGuard {

    @Inject
    BusinessClock clock;

    @Inject
    SignInRecord record;

    @Inject
    SignInThrottleStore store;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    @ConfigProperty(name = "ordertrail.sign-in.lock-after", defaultValue = "5")
    int accountLockAfter;

    @Inject
    @ConfigProperty(name = "ordertrail.sign-in.lock-minutes", defaultValue = "15")
    int lockMinutes;

    @Inject
    @ConfigProperty(name = "ordertrail.sign-in.address-free-failures", defaultValue = "50")
    int addressFreeFailures;

    private SignInThrottle accounts;
    private SignInThrottle addresses;
    private String dummyHash;

    @PostConstruct
    void configure() {
        Duration lockFor = Duration.ofMinutes(lockMinutes);
        accounts = new SignInThrottle(
                new SignInThrottle.Limits(3, Duration.ofSeconds(1), Duration.ofSeconds(30), accountLockAfter, lockFor),
                store,
                "account:");
        addresses = new SignInThrottle(
                new SignInThrottle.Limits(
                        addressFreeFailures,
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(60),
                        addressFreeFailures * 4,
                        lockFor),
                store,
                "address:");
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        passwordHash.initialize(SecurityConfiguration.hashParameters());
        dummyHash =
                passwordHash.generate(Base64.getEncoder().encodeToString(random).toCharArray());
    }

    /** Why a sign-in is refused before its password is even checked. */
    public record Refusal(boolean locked, Duration waitFor) {

        /** For the person signing in: what happened and what to do. */
        public String message() {
            return locked
                    ? "Too many failed sign-ins: signing in as this user from here is locked for "
                            + Math.max(1, waitFor.toMinutes()) + " minute(s). An administrator can unlock it sooner."
                    : "Too many failed sign-ins: wait " + Math.max(1, waitFor.toSeconds()) + " s, then try again.";
        }
    }

    /** Whether this try may check its password now; a refusal is recorded. */
    public Optional<Refusal> refusal(String username, String address) {
        Instant now = clock.now();
        Optional<SignInThrottle.Refusal> refused =
                accounts.refusal(key(username), now).or(() -> addresses.refusal(address, now));
        refused.ifPresent(r -> record.write(
                username,
                address,
                SignInEvent.Outcome.THROTTLED,
                r.locked() ? "locked until " + r.until() : "asked to wait until " + r.until()));
        return refused.map(r -> new Refusal(r.locked(), Duration.between(now, r.until())));
    }

    public void succeeded(String username, String address) {
        accounts.succeeded(key(username));
        record.write(username, address, SignInEvent.Outcome.SIGNED_IN, null);
    }

    /**
     * A wrong password, or a name that is no enabled account: counted, recorded, and (for a name that is no account)
     * the same password hash computed as for one.
     */
    public void failed(String username, char[] password, boolean knownAccount, String address) {
        if (!knownAccount) {
            passwordHash.verify(password, dummyHash);
        }
        Instant now = clock.now();
        boolean accountLocked = accounts.failed(key(username), now);
        boolean addressLocked = addresses.failed(address, now);
        record.write(username, address, SignInEvent.Outcome.FAILED, null);
        if (accountLocked) {
            record.write(username, address, SignInEvent.Outcome.LOCKED, "the user name, for " + lockMinutes + " min");
        }
        if (addressLocked) {
            record.write(
                    username, address, SignInEvent.Outcome.LOCKED, "the client address, for " + lockMinutes + " min");
        }
    }

    public void signedOut(String username, String address) {
        record.write(username, address, SignInEvent.Outcome.SIGNED_OUT, null);
    }

    public void sessionEnded(String username, String address, String why) {
        record.write(username, address, SignInEvent.Outcome.SESSION_ENDED, why);
    }

    /** User names locked now, and until when. */
    public Map<String, Instant> lockedAccounts() {
        return accounts.locked(clock.now());
    }

    /** Client addresses locked now, and until when. */
    public Map<String, Instant> lockedAddresses() {
        return addresses.locked(clock.now());
    }

    /** Lifts the lock on a user name (or a client address); recorded with who did it. */
    public boolean unlock(String usernameOrAddress, String by, String address) {
        boolean lifted = accounts.unlock(key(usernameOrAddress)) | addresses.unlock(usernameOrAddress);
        if (lifted) {
            record.write(usernameOrAddress, address, SignInEvent.Outcome.UNLOCKED, "by " + by);
        }
        return lifted;
    }

    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }
}
