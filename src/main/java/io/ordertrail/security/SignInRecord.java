package io.ordertrail.security;

import io.ordertrail.platform.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Writes the sign-in record, each event in a transaction of its own: a refused sign-in is recorded too. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SignInRecord {

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    public void write(String username, String address, SignInEvent.Outcome outcome, String detail) {
        em.persist(new SignInEvent(
                clock.now(),
                username.isEmpty() ? "(none)" : username,
                address == null ? "?" : address,
                outcome,
                detail));
    }

    /** Whether the name is an enabled account: its enabled flag and roles, read on every request of a session. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<UserAccount> account(String username) {
        return java.util.Optional.ofNullable(em.find(UserAccount.class, username));
    }
}
