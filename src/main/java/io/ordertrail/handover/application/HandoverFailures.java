package io.ordertrail.handover.application;

import io.ordertrail.handover.domain.HandoverFailure;
import io.ordertrail.handover.domain.Team;
import io.ordertrail.platform.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the reason of every failed attempt to process a handover, in a transaction of its own so it survives the
 * rollback that sends the message back to the broker. Used only by the teams' listeners.
 */
@ApplicationScoped
public class HandoverFailures {

    @Inject
    BusinessClock clock;

    private static final Logger LOG = Logger.getLogger(HandoverFailures.class.getName());

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Team team, String jmsMessageId, int deliveryCount, RuntimeException failure) {
        String reason = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        LOG.log(
                Level.WARNING,
                team.getLabel() + " could not process handover " + jmsMessageId + " (attempt " + deliveryCount + "): "
                        + reason);
        em.persist(new HandoverFailure(jmsMessageId, team, deliveryCount, reason, clock.now()));
    }
}
