package io.ordertrail.security;

import io.ordertrail.platform.BusinessClock;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one-time bootstrap of a new installation: while the database has no ADMIN at all, ORDERTRAIL_BOOTSTRAP_ADMIN and
 * ORDERTRAIL_BOOTSTRAP_ADMIN_PASSWORD create the first one, who then creates everyone else on the Users page. Once
 * any ADMIN exists the variables are ignored (and the log says so), so they can never reset an account; remove them
 * after the first start.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@PermitAll // runs at start-up only, with no caller
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    BusinessClock clock;

    @Inject
    @ConfigProperty(name = "ordertrail.bootstrap.admin")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "ordertrail.bootstrap.admin-password")
    Optional<String> password;

    @PostConstruct
    void createFirstAdmin() {
        Optional<String> name =
                username.map(n -> n.trim().toLowerCase(Locale.ROOT)).filter(n -> !n.isEmpty());
        if (name.isEmpty()) {
            return;
        }
        long admins = em.createQuery("select count(u) from UserAccount u join u.roles r where r = :admin", Long.class)
                .setParameter("admin", Roles.ADMIN)
                .getSingleResult();
        if (admins > 0) {
            LOG.info("ORDERTRAIL_BOOTSTRAP_ADMIN is ignored: there is an ADMIN already. Remove the variable.");
            return;
        }
        if (!name.get().matches("[a-z][a-z0-9._-]{1,39}")) {
            throw new IllegalStateException("ORDERTRAIL_BOOTSTRAP_ADMIN must be 2 to 40 lower-case letters, digits,"
                    + " dots, hyphens or underscores, starting with a letter.");
        }
        char[] chosen = password.orElse("").toCharArray();
        Optional<String> problem = PasswordPolicy.problemWith(name.get(), chosen);
        if (problem.isPresent()) {
            throw new IllegalStateException("ORDERTRAIL_BOOTSTRAP_ADMIN_PASSWORD is not acceptable: " + problem.get());
        }
        if (em.find(UserAccount.class, name.get()) != null) {
            throw new IllegalStateException("ORDERTRAIL_BOOTSTRAP_ADMIN names an existing account (" + name.get()
                    + ") that is no ADMIN: choose a new user name.");
        }
        passwordHash.initialize(SecurityConfiguration.hashParameters());
        UserAccount admin =
                new UserAccount(name.get(), "Administrator", passwordHash.generate(chosen), Set.of(Roles.ADMIN));
        em.persist(admin);
        em.persist(new AccountChange(
                name.get(),
                clock.now(),
                "bootstrap",
                AccountChange.What.ACCOUNT_CREATED,
                null,
                "Administrator <->, ADMIN (ORDERTRAIL_BOOTSTRAP_ADMIN)"));
        LOG.info("The first ADMIN, " + name.get() + ", was created from ORDERTRAIL_BOOTSTRAP_ADMIN. Sign in, change"
                + " the password on My account, and remove the variables.");
    }
}
