package io.ordertrail.fulfillment.application;

import io.ordertrail.fulfillment.domain.FulfillmentStepWasTaken;
import io.ordertrail.fulfillment.domain.FulfillmentTask;
import io.ordertrail.fulfillment.domain.TaskStatus;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.i18n.Phrase;
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
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

    /**
     * Tasks not yet dispatched or picked up, oldest first (the order they are to be worked in) or newest first,
     * narrowed to those whose order number, customer, goods or address contain the words searched for.
     */
    @RolesAllowed({Roles.FULFILLMENT, Roles.MANAGER})
    public List<FulfillmentTask> open(int first, int size, String search, boolean newestFirst) {
        String direction = newestFirst ? " desc" : "";
        TypedQuery<FulfillmentTask> tasks = em.createQuery(
                        "select t from FulfillmentTask t where t.status not in :done" + matching(search)
                                + " order by t.createdAt" + direction + ", t.id" + direction,
                        FulfillmentTask.class)
                .setParameter("done", DONE)
                .setFirstResult(first)
                .setMaxResults(size);
        bindSearch(tasks, search);
        List<FulfillmentTask> found = tasks.getResultList();
        found.forEach(t -> t.getSteps().size());
        return found;
    }

    @RolesAllowed({Roles.FULFILLMENT, Roles.MANAGER})
    public long countOpen(String search) {
        TypedQuery<Long> count = em.createQuery(
                        "select count(t) from FulfillmentTask t where t.status not in :done" + matching(search),
                        Long.class)
                .setParameter("done", DONE);
        bindSearch(count, search);
        return count.getSingleResult();
    }

    private static final List<TaskStatus> DONE =
            List.of(TaskStatus.DISPATCHED, TaskStatus.PICKED_UP, TaskStatus.CANCELLED);

    /** Every word searched for is in the task's order number, customer, goods or address (any case). */
    private static String matching(String search) {
        StringBuilder where = new StringBuilder();
        List<String> words = words(search);
        for (int i = 0; i < words.size(); i++) {
            where.append(" and (lower(t.orderNumber) like :w")
                    .append(i)
                    .append(" or lower(t.customerName) like :w")
                    .append(i)
                    .append(" or lower(t.lineSummary) like :w")
                    .append(i)
                    .append(" or lower(t.deliverTo) like :w")
                    .append(i)
                    .append(')');
        }
        return where.toString();
    }

    private static void bindSearch(Query query, String search) {
        List<String> words = words(search);
        for (int i = 0; i < words.size(); i++) {
            query.setParameter(
                    "w" + i,
                    "%" + words.get(i).replace("\\", "").replace("%", "").replace("_", "") + "%");
        }
    }

    private static List<String> words(String search) {
        if (search == null || search.isBlank()) {
            return List.of();
        }
        return Arrays.stream(search.strip().toLowerCase(Locale.ROOT).split("\\s+"))
                .limit(5)
                .toList();
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
            throw InputRejected.because("task", Phrase.of("problem.task.noSuch", String.valueOf(taskId)));
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
