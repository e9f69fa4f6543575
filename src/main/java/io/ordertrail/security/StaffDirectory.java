package io.ordertrail.security;

import io.ordertrail.platform.i18n.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Who is on the staff, for what reaches a team rather than a person (a notification to every manager). Used inside
 * the caller's transaction by the capabilities above; it offers no page or API, so it checks no role.
 */
@ApplicationScoped
public class StaffDirectory {

    @PersistenceContext
    EntityManager em;

    /** The user names of the enabled accounts with the role, in order. */
    public List<String> withRole(String role) {
        return em.createQuery(
                        "select u.username from UserAccount u join u.roles r where r = :role and u.enabled = true"
                                + " order by u.username",
                        String.class)
                .setParameter("role", role)
                .getResultList();
    }

    /**
     * The enabled accounts with the role and an email address: user name → address and the language they chose (none:
     * their browser's, which a mail cannot know), in order of name.
     */
    public java.util.Map<String, Reachable> emailsOf(String role) {
        java.util.Map<String, Reachable> emails = new java.util.TreeMap<>();
        for (Object[] row : em.createQuery(
                        "select u.username, u.email, u.language from UserAccount u join u.roles r where r = :role"
                                + " and u.enabled = true and u.email is not null",
                        Object[].class)
                .setParameter("role", role)
                .getResultList()) {
            emails.put((String) row[0], new Reachable((String) row[1], Texts.ofTag((String) row[2])));
        }
        return emails;
    }

    /** Where the enabled account is mailed and in which language, if it has an email address. */
    public java.util.Optional<Reachable> reachable(String username) {
        return em.createQuery(
                        "select u.email, u.language from UserAccount u where u.username = :u and u.enabled = true"
                                + " and u.email is not null",
                        Object[].class)
                .setParameter("u", username)
                .getResultStream()
                .findFirst()
                .map(row -> new Reachable((String) row[0], Texts.ofTag((String) row[1])));
    }

    /** Where a person is mailed, and in which language if they chose one. */
    public record Reachable(String email, java.util.Optional<java.util.Locale> language) {}

    /** The enabled account's email address, if it has one. */
    public java.util.Optional<String> emailOf(String username) {
        return em.createQuery(
                        "select u.email from UserAccount u where u.username = :u and u.enabled = true and u.email is not null",
                        String.class)
                .setParameter("u", username)
                .getResultStream()
                .findFirst();
    }

    /** Every enabled staff account (not the service accounts), by user name. */
    public List<String> everyone() {
        return em.createQuery(
                        "select distinct u.username from UserAccount u join u.roles r where u.enabled = true"
                                + " and r not in :services order by u.username",
                        String.class)
                .setParameter("services", UserAccounts.SERVICE_ROLES)
                .getResultList();
    }

    /** Whether the user name is an enabled account with the role (not a service account or a former colleague). */
    public boolean hasRole(String username, String role) {
        return withRole(role).contains(username);
    }
}
