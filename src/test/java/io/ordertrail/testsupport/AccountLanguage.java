package io.ordertrail.testsupport;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * In-container tests: the language a person chose on their account, set for them, as they would on their account
 * page. (A person chooses only their own language, and an in-container test cannot be that person.)
 */
@Stateless
@PermitAll
public class AccountLanguage {

    @PersistenceContext
    EntityManager em;

    public void choose(String username, String languageTag) {
        int changed = em.createQuery("update UserAccount u set u.language = :tag where u.username = :username")
                .setParameter("tag", languageTag)
                .setParameter("username", username)
                .executeUpdate();
        if (changed != 1) {
            throw new IllegalArgumentException("There is no account " + username);
        }
    }
}
