package io.ordertrail.fulfillment.application;

import io.ordertrail.fulfillment.domain.FulfillmentStepWasTaken;
import io.ordertrail.fulfillment.domain.FulfillmentTask;
import io.ordertrail.fulfillment.domain.TaskStatus;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The fulfillment team's work queue: open tasks, and moving a task on (the order follows, SOP step 7). */
@Stateless
@DenyAll
public class FulfillmentWork {

    @Inject
    BusinessClock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<FulfillmentStepWasTaken> stepWasTaken;

    @Resource
    SessionContext session;

    /** Tasks not yet dispatched or picked up, oldest first. */
    @RolesAllowed({Roles.FULFILLMENT, Roles.MANAGER})
    public List<FulfillmentTask> open(int first, int size) {
        List<FulfillmentTask> tasks = em.createQuery(
                        "select t from FulfillmentTask t where t.status not in :done" + " order by t.createdAt, t.id",
                        FulfillmentTask.class)
                .setParameter("done", List.of(TaskStatus.DISPATCHED, TaskStatus.PICKED_UP, TaskStatus.CANCELLED))
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
        tasks.forEach(t -> t.getSteps().size());
        return tasks;
    }

    @RolesAllowed({Roles.FULFILLMENT, Roles.MANAGER})
    public long countOpen() {
        return em.createQuery("select count(t) from FulfillmentTask t where t.status not in :done", Long.class)
                .setParameter("done", List.of(TaskStatus.DISPATCHED, TaskStatus.PICKED_UP, TaskStatus.CANCELLED))
                .getSingleResult();
    }

    /**
     * Takes the task's next step.
     *
     * @throws InputRejected when the step does not follow, or a dispatch lacks carrier or tracking reference
     */
    @RolesAllowed({Roles.FULFILLMENT, Roles.MANAGER})
    public FulfillmentTask advance(long taskId, TaskStatus next, String carrier, String trackingReference) {
        FulfillmentTask task = em.find(FulfillmentTask.class, taskId, LockModeType.PESSIMISTIC_WRITE);
        if (task == null) {
            throw InputRejected.because("task", "There is no fulfillment task " + taskId + ".");
        }
        String by = session.getCallerPrincipal().getName();
        Instant now = clock.now();
        task.advance(next, by, now, carrier, trackingReference);
        stepWasTaken.fire(new FulfillmentStepWasTaken(
                task.getOrderNumber(),
                next,
                by,
                now,
                task.getSteps().get(task.getSteps().size() - 1).getNote(),
                task.getCarrier(),
                task.getTrackingReference()));
        return task;
    }

    /** The order's fulfillment task with its steps, if fulfillment has one yet. */
    @RolesAllowed({Roles.FULFILLMENT, Roles.MANAGER, Roles.SALES})
    public Optional<FulfillmentTask> forOrder(String orderNumber) {
        Optional<FulfillmentTask> task = em.createQuery(
                        "select t from FulfillmentTask t where t.orderNumber = :n", FulfillmentTask.class)
                .setParameter("n", orderNumber)
                .getResultStream()
                .findFirst();
        task.ifPresent(t -> t.getSteps().size());
        return task;
    }
}
