package io.ordertrail.security;

import io.ordertrail.platform.InputRejected;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The user accounts behind the login: listed for the administrator, created with a hashed password. */
@Stateless
@DenyAll
public class UserAccounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    SignInGuard guard;

    @Inject
    SignInRecord signIns;

    @Resource
    SessionContext session;

    static final List<String> ALL_ROLES =
            List.of(Roles.SALES, Roles.INVENTORY, Roles.FULFILLMENT, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATION);

    @RolesAllowed(Roles.ADMIN)
    public List<UserAccount> all() {
        return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class)
                .getResultList();
    }

    /** Creates an account unless one with that name exists; returns whether it created one. */
    @RolesAllowed(Roles.ADMIN)
    public boolean createIfAbsent(String username, String displayName, char[] password, Set<String> roles) {
        if (em.find(UserAccount.class, username) != null) {
            return false;
        }
        passwordHash.initialize(SecurityConfiguration.hashParameters());
        em.persist(new UserAccount(username, displayName, passwordHash.generate(password), roles));
        return true;
    }

    /** What the administrator enters for a new account. */
    public record NewAccount(String username, String displayName, String role, char[] password) {}

    /**
     * Adds a staff or service account with one role and a password that meets {@link PasswordPolicy}.
     *
     * @throws InputRejected naming each field that is wrong; nothing is stored then
     */
    @RolesAllowed(Roles.ADMIN)
    public UserAccount add(NewAccount account) {
        List<InputRejected.Problem> problems = new ArrayList<>();
        String username =
                account.username() == null ? "" : account.username().trim().toLowerCase(Locale.ROOT);
        if (!username.matches("[a-z][a-z0-9._-]{1,39}")) {
            problems.add(new InputRejected.Problem(
                    "username",
                    "Use 2 to 40 lower-case letters, digits, dots, hyphens or underscores, starting with a"
                            + " letter, such as eva.berg."));
        } else if (em.find(UserAccount.class, username) != null) {
            problems.add(new InputRejected.Problem("username", "There is a user " + username + " already."));
        }
        String displayName =
                account.displayName() == null ? "" : account.displayName().trim();
        if (displayName.isEmpty()) {
            problems.add(new InputRejected.Problem("displayName", "Give the person's name, as colleagues know it."));
        }
        InputRejected.checkLength(problems, "displayName", "The name", displayName, 100);
        if (account.role() == null || !ALL_ROLES.contains(account.role())) {
            problems.add(new InputRejected.Problem("role", "Choose the user's role."));
        }
        PasswordPolicy.problemWith(username, account.password() == null ? new char[0] : account.password())
                .ifPresent(problem -> problems.add(new InputRejected.Problem("password", problem)));
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        passwordHash.initialize(SecurityConfiguration.hashParameters());
        UserAccount created = new UserAccount(
                username, displayName, passwordHash.generate(account.password()), Set.of(account.role()));
        em.persist(created);
        signIns.write(username, "-", SignInEvent.Outcome.ACCOUNT_ADDED, "by " + caller());
        return created;
    }

    /** Disables the account: its open sessions end at their next request, and it can no longer sign in. */
    @RolesAllowed(Roles.ADMIN)
    public void disable(String username) {
        UserAccount account = find(username);
        if (account.getUsername().equals(caller())) {
            throw InputRejected.because("username", "You cannot disable your own account.");
        }
        account.disable();
        signIns.write(username, "-", SignInEvent.Outcome.ACCOUNT_DISABLED, "by " + caller());
    }

    @RolesAllowed(Roles.ADMIN)
    public void enable(String username) {
        find(username).enable();
        signIns.write(username, "-", SignInEvent.Outcome.ACCOUNT_ENABLED, "by " + caller());
    }

    /** Lifts a sign-in lock on a user name or a client address. */
    @RolesAllowed(Roles.ADMIN)
    public boolean unlock(String usernameOrAddress) {
        return guard.unlock(usernameOrAddress, caller(), "-");
    }

    /** User names and client addresses locked now, and until when. */
    @RolesAllowed(Roles.ADMIN)
    public Map<String, Instant> locks() {
        Map<String, Instant> locks = new TreeMap<>(guard.lockedAccounts());
        locks.putAll(guard.lockedAddresses());
        return locks;
    }

    /** The latest sign-ins, failures, locks and sign-outs, newest first. */
    @RolesAllowed(Roles.ADMIN)
    public List<SignInEvent> signInRecord(int max) {
        return em.createQuery("select e from SignInEvent e order by e.occurredAt desc, e.id desc", SignInEvent.class)
                .setMaxResults(max)
                .getResultList();
    }

    private UserAccount find(String username) {
        UserAccount account = username == null ? null : em.find(UserAccount.class, username);
        if (account == null) {
            throw InputRejected.because("username", "There is no user " + username + ".");
        }
        return account;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
