package io.ordertrail.security;

import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.i18n.Phrase;
import io.ordertrail.platform.i18n.Texts;
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
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The staff and service accounts behind the login, run by the ADMIN without SQL: create one (its person sets the
 * password through a single-use link), change its name, email and roles, reset its password, disable and enable it.
 * The desk never loses its last ADMIN, and every change is kept with who, when, before and after.
 */
@Stateless
@DenyAll
public class UserAccounts {

    /** Roles of systems, not people: an account with one of them has no other role, and signs in only by HTTP Basic. */
    static final List<String> SERVICE_ROLES = List.of(Roles.INTEGRATION, Roles.METRICS);

    static final List<String> ALL_ROLES = List.of(
            Roles.SALES,
            Roles.INVENTORY,
            Roles.FULFILLMENT,
            Roles.MANAGER,
            Roles.ADMIN,
            Roles.INTEGRATION,
            Roles.METRICS);

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @PersistenceContext
    EntityManager em;

    @Inject
    jakarta.enterprise.event.Event<AccountWasChanged> accountWasChanged;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    SignInGuard guard;

    @Inject
    SignInRecord signIns;

    @Inject
    PasswordLinks links;

    @Inject
    BusinessClock clock;

    @Resource
    SessionContext session;

    @RolesAllowed(Roles.ADMIN)
    public List<UserAccount> all() {
        return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class)
                .getResultList();
    }

    /** Creates an account with a password unless one with that name exists (demo data); whether it created one. */
    @RolesAllowed(Roles.ADMIN)
    public boolean createIfAbsent(String username, String displayName, char[] password, Set<String> roles) {
        return createIfAbsent(username, displayName, null, password, roles);
    }

    /** The same, with an email address for the reports and notifications the person receives. */
    @RolesAllowed(Roles.ADMIN)
    public boolean createIfAbsent(
            String username, String displayName, String email, char[] password, Set<String> roles) {
        if (em.find(UserAccount.class, username) != null) {
            return false;
        }
        passwordHash.initialize(SecurityConfiguration.hashParameters());
        UserAccount account = new UserAccount(username, displayName, passwordHash.generate(password), roles);
        account.changeDetails(displayName, email);
        em.persist(account);
        return true;
    }

    /** What the administrator enters for a new account, or changes on an existing one. */
    public record AccountDetails(String username, String displayName, String email, Set<String> roles) {}

    /**
     * Creates an account without a password and issues the link with which its person sets one.
     *
     * @throws InputRejected naming each field that is wrong; nothing is stored then
     */
    @RolesAllowed(Roles.ADMIN)
    public PasswordLinks.Issued create(AccountDetails details) {
        List<InputRejected.Problem> problems = new ArrayList<>();
        String username = normalisedUsername(details.username());
        if (!username.matches("[a-z][a-z0-9._-]{1,39}")) {
            problems.add(new InputRejected.Problem("username", Phrase.of("problem.user.username")));
        } else if (em.find(UserAccount.class, username) != null) {
            problems.add(
                    new InputRejected.Problem("username", Phrase.of("problem.user.exists", String.valueOf(username))));
        }
        String displayName = checkedName(problems, details.displayName());
        String email = checkedEmail(problems, details.email());
        Set<String> roles = checkedRoles(problems, details.roles());
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        UserAccount created = UserAccount.awaitingPassword(username, displayName, email, roles);
        em.persist(created);
        record(username, AccountChange.What.ACCOUNT_CREATED, null, describe(created));
        signIns.write(username, "-", SignInEvent.Outcome.ACCOUNT_ADDED, "by " + caller());
        return issueLink(created);
    }

    /**
     * Changes an account's name, email and roles. An ADMIN cannot take the ADMIN role from themselves, nor from the
     * last enabled ADMIN. A person signed in with the account sees the new roles at their next click.
     */
    @RolesAllowed(Roles.ADMIN)
    public UserAccount change(AccountDetails details) {
        UserAccount account = find(details.username());
        List<InputRejected.Problem> problems = new ArrayList<>();
        String displayName = checkedName(problems, details.displayName());
        String email = checkedEmail(problems, details.email());
        Set<String> roles = checkedRoles(problems, details.roles());
        if (account.isAdmin() && !roles.contains(Roles.ADMIN)) {
            if (account.getUsername().equals(caller())) {
                problems.add(new InputRejected.Problem("roles", Phrase.of("problem.roles")));
            } else if (account.isEnabled() && otherEnabledAdmins(account) == 0) {
                problems.add(new InputRejected.Problem(
                        "roles", Phrase.of("problem.user.lastAdmin", String.valueOf(account.getUsername()))));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        String detailsBefore = account.getDisplayName() + " <" + nullToDash(account.getEmail()) + ">";
        String rolesBefore = account.getRoleList();
        account.changeDetails(displayName, email);
        account.changeRoles(roles);
        String detailsAfter = account.getDisplayName() + " <" + nullToDash(account.getEmail()) + ">";
        if (!detailsBefore.equals(detailsAfter)) {
            record(account.getUsername(), AccountChange.What.NAME_AND_EMAIL, detailsBefore, detailsAfter);
        }
        if (!rolesBefore.equals(account.getRoleList())) {
            record(account.getUsername(), AccountChange.What.ROLES, rolesBefore, account.getRoleList());
        }
        return account;
    }

    /**
     * Resets the password: the old one stops working at once, and a new single-use link lets the person set another.
     */
    @RolesAllowed(Roles.ADMIN)
    public PasswordLinks.Issued resetPassword(String username) {
        UserAccount account = find(username);
        if (account.getUsername().equals(caller())) {
            throw InputRejected.because("username", Phrase.of("problem.user.ownPassword"));
        }
        account.clearPassword();
        record(account.getUsername(), AccountChange.What.PASSWORD_RESET, null, null);
        return issueLink(account);
    }

    /** A new link for an account still waiting for its password (the first one expired, or was lost). */
    @RolesAllowed(Roles.ADMIN)
    public PasswordLinks.Issued newLink(String username) {
        UserAccount account = find(username);
        if (!account.isAwaitingPassword()) {
            throw InputRejected.because(
                    "username", Phrase.of("problem.user.passwordSet", String.valueOf(account.getUsername())));
        }
        return issueLink(account);
    }

    /** Disables the account: its open sessions end at their next request, and it can no longer sign in. */
    @RolesAllowed(Roles.ADMIN)
    public void disable(String username) {
        UserAccount account = find(username);
        if (account.getUsername().equals(caller())) {
            throw InputRejected.because("username", Phrase.of("problem.user.disableSelf"));
        }
        if (account.isAdmin() && account.isEnabled() && otherEnabledAdmins(account) == 0) {
            throw InputRejected.because(
                    "username", Phrase.of("problem.user.lastAdmin", String.valueOf(account.getUsername())));
        }
        account.disable();
        record(account.getUsername(), AccountChange.What.DISABLED, "enabled", "disabled");
        signIns.write(username, "-", SignInEvent.Outcome.ACCOUNT_DISABLED, "by " + caller());
    }

    @RolesAllowed(Roles.ADMIN)
    public void enable(String username) {
        UserAccount account = find(username);
        account.enable();
        record(account.getUsername(), AccountChange.What.ENABLED, "disabled", "enabled");
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

    /** The latest changes to accounts, newest first. */
    @RolesAllowed(Roles.ADMIN)
    public List<AccountChange> changes(int max) {
        return em.createQuery("select c from AccountChange c order by c.changedAt desc, c.id desc", AccountChange.class)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Every person changes their own password: the current one is required, and the new one must meet the policy.
     * Service accounts have theirs changed by an ADMIN.
     */
    @RolesAllowed({Roles.SALES, Roles.INVENTORY, Roles.FULFILLMENT, Roles.MANAGER, Roles.ADMIN})
    public void changeOwnPassword(char[] current, char[] chosen, char[] repeated) {
        UserAccount account = find(caller());
        passwordHash.initialize(SecurityConfiguration.hashParameters());
        if (account.isAwaitingPassword()
                || current == null
                || current.length == 0
                || !passwordHash.verify(current, account.passwordHash())) {
            throw InputRejected.because("current", Phrase.of("problem.user.currentPassword"));
        }
        PasswordLinks.checkChosen(account.getUsername(), chosen, repeated);
        if (passwordHash.verify(chosen, account.passwordHash())) {
            throw InputRejected.because("password", Phrase.of("problem.user.samePassword"));
        }
        account.setPasswordHash(passwordHash.generate(chosen));
        record(account.getUsername(), AccountChange.What.PASSWORD_CHANGED, null, null);
    }

    /** The language a person chose for the pages; empty: their browser's. */
    @RolesAllowed({Roles.SALES, Roles.INVENTORY, Roles.FULFILLMENT, Roles.MANAGER, Roles.ADMIN})
    public java.util.Optional<java.util.Locale> ownLanguage() {
        return Texts.ofTag(find(caller()).getLanguage());
    }

    /**
     * Every person chooses the language of their pages, kept on their account; null or blank goes back to their
     * browser's.
     *
     * @throws InputRejected for a language Ordertrail does not ship
     */
    @RolesAllowed({Roles.SALES, Roles.INVENTORY, Roles.FULFILLMENT, Roles.MANAGER, Roles.ADMIN})
    public void chooseOwnLanguage(String tag) {
        UserAccount account = find(caller());
        String chosen = null;
        if (tag != null && !tag.isBlank()) {
            chosen = Texts.ofTag(tag)
                    .orElseThrow(() -> InputRejected.because("language", Phrase.of("problem.user.language")))
                    .getLanguage();
        }
        if (!java.util.Objects.equals(chosen, account.getLanguage())) {
            record(account.getUsername(), AccountChange.What.LANGUAGE_CHOSEN, account.getLanguage(), chosen);
            account.setLanguage(chosen);
        }
    }

    private PasswordLinks.Issued issueLink(UserAccount account) {
        PasswordLinks.Issued issued = links.issue(account.getUsername(), caller());
        record(
                account.getUsername(),
                AccountChange.What.PASSWORD_LINK_ISSUED,
                null,
                "valid until " + issued.expiresAt());
        return issued;
    }

    private long otherEnabledAdmins(UserAccount account) {
        return em.createQuery(
                        "select count(u) from UserAccount u join u.roles r"
                                + " where r = :admin and u.enabled = true and u.passwordHash is not null"
                                + " and u.username <> :username",
                        Long.class)
                .setParameter("admin", Roles.ADMIN)
                .setParameter("username", account.getUsername())
                .getSingleResult();
    }

    private void record(String username, AccountChange.What what, String before, String after) {
        AccountChange change = new AccountChange(username, clock.now(), caller(), what, before, after);
        em.persist(change);
        accountWasChanged.fire(new AccountWasChanged(change));
    }

    private static String describe(UserAccount account) {
        return account.getDisplayName() + " <" + nullToDash(account.getEmail()) + ">, " + account.getRoleList();
    }

    private static String normalisedUsername(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private static String checkedName(List<InputRejected.Problem> problems, String name) {
        String displayName = name == null ? "" : name.trim();
        if (displayName.isEmpty()) {
            problems.add(new InputRejected.Problem("displayName", Phrase.of("problem.displayName")));
        }
        InputRejected.checkLength(problems, "displayName", Phrase.of("what.name"), displayName, 100);
        return displayName;
    }

    private static String checkedEmail(List<InputRejected.Problem> problems, String email) {
        String trimmed = email == null ? "" : email.trim();
        if (trimmed.isEmpty()) {
            return null;
        }
        if (trimmed.length() > 254 || !EMAIL.matcher(trimmed).matches()) {
            problems.add(new InputRejected.Problem("email", Phrase.of("problem.email")));
        }
        return trimmed;
    }

    private static Set<String> checkedRoles(List<InputRejected.Problem> problems, Set<String> roles) {
        Set<String> chosen = roles == null ? Set.of() : new TreeSet<>(roles);
        if (chosen.isEmpty()) {
            problems.add(new InputRejected.Problem("roles", Phrase.of("problem.roles2")));
        } else if (!ALL_ROLES.containsAll(chosen)) {
            problems.add(new InputRejected.Problem(
                    "roles", Phrase.of("problem.user.roles", String.valueOf(String.join(", ", ALL_ROLES)))));
        } else if (chosen.size() > 1) {
            chosen.stream()
                    .filter(SERVICE_ROLES::contains)
                    .findFirst()
                    .ifPresent(service -> problems.add(new InputRejected.Problem(
                            "roles", Phrase.of("problem.user.serviceRole", String.valueOf(service)))));
        }
        return chosen;
    }

    private static String nullToDash(String value) {
        return value == null ? "-" : value;
    }

    private UserAccount find(String username) {
        UserAccount account = username == null ? null : em.find(UserAccount.class, normalisedUsername(username));
        if (account == null) {
            throw InputRejected.because("username", Phrase.of("problem.user.noSuch", String.valueOf(username)));
        }
        return account;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
