package io.ordertrail.security;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.List;
import java.util.Set;

/** The user accounts behind the login: listed for the administrator, created with a hashed password. */
@Stateless
@DenyAll
public class UserAccounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash passwordHash;

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
}
