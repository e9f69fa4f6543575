package io.ordertrail.platform.messaging;

import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.WorkWasQueued;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Puts messages in the outbox, inside the caller's transaction, and wakes the relay once that commits. */
@ApplicationScoped
public class Outbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<WorkWasQueued> workWasQueued;

    @Inject
    BusinessClock clock;

    public void enqueue(String messageId, String destination, String messageGroup, String messageType, String payload) {
        em.persist(new OutboxMessage(messageId, destination, messageGroup, messageType, payload, clock.now()));
        workWasQueued.fire(new WorkWasQueued(OutboxDelivery.RELAY));
    }
}
