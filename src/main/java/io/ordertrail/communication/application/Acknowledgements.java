package io.ordertrail.communication.application;

import io.ordertrail.communication.domain.AcknowledgementTokens;
import io.ordertrail.communication.domain.Communication;
import io.ordertrail.communication.domain.ConfirmationChannel;
import io.ordertrail.communication.domain.CustomerFeedback;
import io.ordertrail.customers.domain.Customer;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.i18n.Phrase;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;

/**
 * The customer's acknowledgement of an email confirmation, through the signed link it carried; no login, so the
 * link's signature is the only authority. A forged, altered or expired link is refused and records nothing.
 */
@Stateless
@DenyAll
public class Acknowledgements {

    @Inject
    BusinessClock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    AcknowledgementKeys keys;

    /** The confirmation or dispatch notice the link names, or why the link is refused. */
    @PermitAll // the customer, without an account: the signed token is checked here
    public Result show(String token) {
        return find(token, false);
    }

    /** Records the acknowledgement (the first one stands) and shows the confirmation, or refuses the link. */
    @PermitAll // the customer, without an account: the signed token is checked here
    public Result acknowledge(String token, String clientAddress) {
        Result result = find(token, true);
        // a dispatch notice asks for a rating, not for its receipt to be confirmed
        result.communication()
                .filter(Communication::isConfirmation)
                .ifPresent(c -> c.acknowledge(clock.now(), clientAddress));
        return result;
    }

    /**
     * The customer's rating of the order the confirmation was about, once per order version; the first stands.
     *
     * @return the feedback kept (this one, or the one given before)
     * @throws InputRejected when the rating is not 1 to 5 or the comment too long; nothing is kept then
     */
    @PermitAll // the customer, without an account: the signed token is checked here
    public Optional<CustomerFeedback> rate(String token, Integer rating, String comment) {
        Optional<Communication> confirmation = find(token, true).communication();
        if (confirmation.isEmpty()) {
            return Optional.empty();
        }
        Communication c = confirmation.get();
        Optional<CustomerFeedback> given = feedbackOn(c);
        if (given.isPresent()) {
            return given;
        }
        CustomerFeedback feedback =
                CustomerFeedback.of(c.getOrderNumber(), c.getOrderVersion(), rating, comment, clock.now());
        em.persist(feedback);
        return Optional.of(feedback);
    }

    /** The feedback given on the order version the link's confirmation was about, if any. */
    @PermitAll // the customer, without an account: the signed token is checked here
    public Optional<CustomerFeedback> feedback(String token) {
        return find(token, false).communication().flatMap(this::feedbackOn);
    }

    private Optional<CustomerFeedback> feedbackOn(Communication c) {
        return em.createQuery(
                        "select f from CustomerFeedback f where f.orderNumber = :n and f.orderVersion = :v",
                        CustomerFeedback.class)
                .setParameter("n", c.getOrderNumber())
                .setParameter("v", c.getOrderVersion())
                .getResultStream()
                .findFirst();
    }

    private Result find(String token, boolean forUpdate) {
        AcknowledgementTokens.Verdict verdict = keys.tokens().verify(token, clock.now());
        if (!verdict.isGenuine()) {
            return new Result(Optional.empty(), verdict.refusal(), null);
        }
        AcknowledgementTokens.Claims claims = verdict.claims().orElseThrow();
        Communication c = em.find(
                Communication.class,
                claims.communicationId(),
                forUpdate ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE);
        if (c == null
                || !c.getOrderNumber().equals(claims.orderNumber())
                || !(c.isConfirmation() || c.isDispatchNotice())
                || c.getChannel() != ConfirmationChannel.EMAIL
                || !c.isAcknowledgedThrough(AcknowledgementTokens.hash(token))) {
            return new Result(Optional.empty(), Phrase.of("link.unknown"), null);
        }
        c.getTextContent();
        return new Result(Optional.of(c), null, languageOf(c));
    }

    /** The language the customer is written to in: the confirmation's page is in it too. */
    private Locale languageOf(Communication c) {
        return em.createQuery("select o.customer from Order o where o.orderNumber = :n", Customer.class)
                .setParameter("n", c.getOrderNumber())
                .getResultStream()
                .findFirst()
                .map(Customer::getLocale)
                .orElse(Locale.ENGLISH);
    }

    /**
     * The confirmation, or the reason the link is refused; {@code language}, for a confirmation, the customer's.
     */
    public record Result(Optional<Communication> communication, Phrase refusal, Locale language) {}
}
