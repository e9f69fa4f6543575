package io.ordertrail.erp.application;

import io.ordertrail.erp.domain.ErpRejection;
import io.ordertrail.platform.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the reason of a failed attempt to take an ERP document, in a transaction of its own so it survives the
 * rollback that sends the document back to the broker (and, after the last attempt, to the dead-letter queue,
 * where the administrator sees this reason). Used only by the ERP listener.
 */
@ApplicationScoped
public class ErpFailures {

    @Inject
    BusinessClock clock;

    private static final Logger LOG = Logger.getLogger(ErpFailures.class.getName());

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String jmsMessageId, int deliveryCount, String document, RuntimeException failure) {
        String reason = "Attempt " + deliveryCount + " failed: "
                + failure.getClass().getSimpleName() + ": " + failure.getMessage();
        LOG.log(Level.WARNING, "ERP message " + jmsMessageId + " could not be taken; " + reason, failure);
        em.persist(new ErpRejection(null, jmsMessageId, null, null, reason, document, clock.now(), false));
    }
}
