package io.ordertrail.security;

import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.Sha256;
import io.ordertrail.platform.i18n.Phrase;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The single-use links with which people set their own password: issued by an ADMIN for a new account or a reset,
 * valid for {@code ordertrail.password-link.hours} (72 by default), shown once. Opening one needs no sign-in; the
 * token itself is the proof, and only its hash is stored.
 */
@Stateless
@DenyAll
public class PasswordLinks {

    /** Where the link leads, under the public address. */
    static final String PAGE = "/password.xhtml?token=";

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    BusinessClock clock;

    @Inject
    @ConfigProperty(name = "ordertrail.public-url")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "ordertrail.password-link.hours", defaultValue = "72")
    int validHours;

    /** A link as the ADMIN sees it, once: nobody can read it back later. */
    public record Issued(String username, String url, Instant expiresAt) implements Serializable {}

    /** Whose link a token is, while it can still be used. */
    public record Holder(String username, String displayName) implements Serializable {}

    /** Issues a new link for the account; an unused older one stops working. Called by {@link UserAccounts}. */
    @RolesAllowed(Roles.ADMIN)
    public Issued issue(String username, String issuedBy) {
        Instant now = clock.now();
        em.createQuery("select l from PasswordLink l where l.username = :username", PasswordLink.class)
                .setParameter("username", username)
                .getResultList()
                .forEach(older -> older.withdraw(now));
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant expires = now.plus(Duration.ofHours(validHours));
        em.persist(new PasswordLink(hash(token), username, now, issuedBy, expires));
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return new Issued(username, base + PAGE + token, expires);
    }

    /** The account a token sets the password of, if the link is still usable (not used, not expired, enabled). */
    @PermitAll
    public Optional<Holder> holderOf(String token) {
        return usable(token)
                .map(link -> em.find(UserAccount.class, link.getUsername()))
                .filter(UserAccount::isEnabled)
                .map(account -> new Holder(account.getUsername(), account.getDisplayName()));
    }

    /**
     * Sets the password through the link, which is then used up.
     *
     * @throws InputRejected when the link no longer works, or the password is not acceptable; nothing changes then
     */
    @PermitAll
    public String setPassword(String token, char[] chosen, char[] repeated) {
        PasswordLink link =
                usable(token).orElseThrow(() -> InputRejected.because("token", Phrase.of("problem.link.expired")));
        UserAccount account = em.find(UserAccount.class, link.getUsername());
        if (account == null || !account.isEnabled()) {
            throw InputRejected.because("token", Phrase.of("problem.link.disabled"));
        }
        checkChosen(account.getUsername(), chosen, repeated);
        passwordHash.initialize(SecurityConfiguration.hashParameters());
        account.setPasswordHash(passwordHash.generate(chosen));
        Instant now = clock.now();
        link.use(now);
        em.persist(new AccountChange(
                account.getUsername(), now, account.getUsername(), AccountChange.What.PASSWORD_SET, null, "by link"));
        return account.getUsername();
    }

    /** The password policy, and the same password typed twice. */
    static void checkChosen(String username, char[] chosen, char[] repeated) {
        char[] password = chosen == null ? new char[0] : chosen;
        Optional<String> problem = PasswordPolicy.problemWith(username, password);
        if (problem.isPresent()) {
            throw InputRejected.because("password", problem.get());
        }
        if (!Arrays.equals(password, repeated == null ? new char[0] : repeated)) {
            throw InputRejected.because("repeated", Phrase.of("problem.link.differ"));
        }
    }

    private Optional<PasswordLink> usable(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(PasswordLink.class, hash(token.trim())))
                .filter(link -> link.isUsableAt(clock.now()));
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }
}
