package io.ordertrail.communication.application;

import io.ordertrail.communication.domain.AcknowledgementTokens;
import io.ordertrail.communication.domain.Communication;
import io.ordertrail.communication.domain.ConfirmationChannel;
import io.ordertrail.platform.BusinessClock;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
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

    /** The confirmation the link names, or why the link is refused. */
    @PermitAll // the customer, without an account: the signed token is checked here
    public Result show(String token) {
        return find(token, false);
    }

    /** Records the acknowledgement (the first one stands) and shows the confirmation, or refuses the link. */
    @PermitAll // the customer, without an account: the signed token is checked here
    public Result acknowledge(String token, String clientAddress) {
        Result result = find(token, true);
        result.communication().ifPresent(c -> c.acknowledge(clock.now(), clientAddress));
        return result;
    }

    private Result find(String token, boolean forUpdate) {
        AcknowledgementTokens.Verdict verdict = keys.tokens().verify(token, clock.now());
        if (!verdict.isGenuine()) {
            return new Result(Optional.empty(), verdict.refusal());
        }
        AcknowledgementTokens.Claims claims = verdict.claims().orElseThrow();
        Communication c = em.find(
                Communication.class,
                claims.communicationId(),
                forUpdate ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE);
        if (c == null
                || !c.getOrderNumber().equals(claims.orderNumber())
                || !c.isConfirmation()
                || c.getChannel() != ConfirmationChannel.EMAIL
                || !c.isAcknowledgedThrough(AcknowledgementTokens.hash(token))) {
            return new Result(
                    Optional.empty(), "This link does not belong to a confirmation we sent. Please contact us.");
        }
        c.getTextContent();
        return new Result(Optional.of(c), null);
    }

    /** The confirmation, or the reason the link is refused. */
    public record Result(Optional<Communication> communication, String refusal) {}
}
