package io.ordertrail.security;

import io.ordertrail.platform.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Writes the sign-in record, each event in a transaction of its own: a refused sign-in is recorded too. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SignInRecord {

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    jakarta.enterprise.event.Event<SignInWasRecorded> signInWasRecorded;

    public void write(String username, String address, SignInEvent.Outcome outcome, String detail) {
        SignInEvent event = new SignInEvent(
                clock.now(),
                username.isEmpty() ? "(none)" : username,
                address == null ? "?" : address,
                outcome,
                detail);
        em.persist(event);
        signInWasRecorded.fire(new SignInWasRecorded(event));
    }

    /** The account of that name, as it is now: read on every request of a session (its enabled flag and roles). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UserAccount> account(String username) {
        return Optional.ofNullable(em.find(UserAccount.class, username));
    }
}
