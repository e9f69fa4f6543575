package io.ordertrail.orders.application;

import io.ordertrail.handover.domain.Team;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderNumber;
import io.ordertrail.orders.domain.OrderRepository;
import io.ordertrail.orders.domain.RequestDecision;
import io.ordertrail.orders.domain.SpecialRequest;
import io.ordertrail.orders.domain.SpecialRequestType;
import io.ordertrail.orders.domain.SpecialRequestWasDecided;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.Derived;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.i18n.Phrase;
import io.ordertrail.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * SOP step 5, handling special requests: staff take a customer's request on an order or a line; it goes to the
 * team it concerns, which reviews it for feasibility within the configured time; past that time it is escalated to
 * the manager, who decides. Each decision is documented on the order and goes to fulfillment with the order.
 */
@Stateless
@DenyAll
public class SpecialRequests {

    @Inject
    OrderRepository orders;

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    Event<SpecialRequestWasDecided> requestWasDecided;

    @Resource
    SessionContext session;

    /** How long a team has to review a request before it goes to the manager, e.g. {@code PT4H}. */
    @Inject
    @ConfigProperty(name = "ordertrail.special-requests.time-to-review", defaultValue = "PT4H")
    Provider<String> timeToReview;

    /** Read at each use: an admin's change applies to the next special request. */
    private final Derived<Duration> reviewTime =
            new Derived<>("the special requests' time to review (ordertrail.special-requests.time-to-review)");

    /**
     * Takes a request on the order, or on one of its lines, for {@code team} (the type's team when null).
     *
     * @throws io.ordertrail.orders.domain.OrderRejected when the request is incomplete or the order has left
     */
    @RolesAllowed({Roles.SALES, Roles.MANAGER})
    public long add(OrderNumber orderNumber, Integer lineNumber, SpecialRequestType type, String details, Team team) {
        Order order = orders.findForChange(orderNumber)
                .orElseThrow(() ->
                        InputRejected.because("order", Phrase.of("problem.order.noSuch", String.valueOf(orderNumber))));
        SpecialRequest request =
                order.addSpecialRequest(lineNumber, type, details, team, caller(), clock.now(), timeToReview());
        em.flush();
        return request.getId();
    }

    /** The team's work queue: its requests waiting for review, the most urgent first. */
    @RolesAllowed({Roles.INVENTORY, Roles.FULFILLMENT, Roles.MANAGER})
    public List<SpecialRequest> waitingFor(Team team) {
        return em.createQuery(
                        "select r from SpecialRequest r join fetch r.order where r.team = :team"
                                + " and r.status = :pending order by r.dueAt, r.id",
                        SpecialRequest.class)
                .setParameter("team", team)
                .setParameter("pending", RequestDecision.PENDING)
                .setMaxResults(500)
                .getResultList();
    }

    /**
     * How many requests wait for the team's review (any team when null); with {@code overdueOnly}, only those past
     * their time to review.
     */
    @RolesAllowed({Roles.INVENTORY, Roles.FULFILLMENT, Roles.MANAGER})
    public long countWaitingFor(Team team, boolean overdueOnly) {
        if (team != null && !session.isCallerInRole(team.name()) && !session.isCallerInRole(Roles.MANAGER)) {
            throw new EJBAccessException("Only the " + team.getLabel() + " team and the manager see its requests");
        }
        TypedQuery<Long> query = em.createQuery(
                        "select count(r) from SpecialRequest r where r.status = :pending"
                                + (team == null ? "" : " and r.team = :team")
                                + (overdueOnly ? " and r.dueAt < :now" : ""),
                        Long.class)
                .setParameter("pending", RequestDecision.PENDING);
        if (team != null) {
            query.setParameter("team", team);
        }
        if (overdueOnly) {
            query.setParameter("now", clock.now());
        }
        return query.getSingleResult();
    }

    @RolesAllowed(Roles.MANAGER)
    public long countEscalated() {
        return em.createQuery(
                        "select count(r) from SpecialRequest r where r.status = :pending and r.escalatedAt is not null",
                        Long.class)
                .setParameter("pending", RequestDecision.PENDING)
                .getSingleResult();
    }

    /** The manager's escalation list: requests nobody reviewed in time, the oldest first. */
    @RolesAllowed(Roles.MANAGER)
    public List<SpecialRequest> escalated() {
        return em.createQuery(
                        "select r from SpecialRequest r join fetch r.order where r.status = :pending"
                                + " and r.escalatedAt is not null order by r.dueAt, r.id",
                        SpecialRequest.class)
                .setParameter("pending", RequestDecision.PENDING)
                .setMaxResults(500)
                .getResultList();
    }

    /** The customer's special requests still waiting for a decision, the most urgent first. */
    @RolesAllowed({Roles.SALES, Roles.MANAGER})
    public List<SpecialRequest> openFor(String customerNumber) {
        return em.createQuery(
                        "select r from SpecialRequest r join fetch r.order o where o.customer.customerNumber = :n"
                                + " and r.status = :pending order by r.dueAt, r.id",
                        SpecialRequest.class)
                .setParameter("n", customerNumber)
                .setParameter("pending", RequestDecision.PENDING)
                .setMaxResults(100)
                .getResultList();
    }

    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.INVENTORY, Roles.FULFILLMENT})
    public List<SpecialRequest> forOrder(OrderNumber orderNumber) {
        return em.createQuery(
                        "select r from SpecialRequest r where r.order.orderNumber = :n order by r.createdAt, r.id",
                        SpecialRequest.class)
                .setParameter("n", orderNumber.value())
                .getResultList();
    }

    /**
     * The feasibility review: the request's team decides, or the manager (always, and for escalated requests).
     *
     * @throws InputRejected when the decision has no reason, the request was decided already, or the caller is
     *                       neither in the request's team nor a manager
     */
    @RolesAllowed({Roles.INVENTORY, Roles.FULFILLMENT, Roles.MANAGER})
    public void decide(long requestId, RequestDecision decision, String reason, String customerText) {
        SpecialRequest request = em.find(SpecialRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw InputRejected.because("decision", Phrase.of("problem.request.gone"));
        }
        if (!session.isCallerInRole(request.getTeam().name()) && !session.isCallerInRole(Roles.MANAGER)) {
            throw InputRejected.because(
                    "decision", Phrase.of("problem.request.otherTeam", Phrase.labelInSentence(request.getTeam())));
        }
        request.decide(decision, reason, customerText, caller(), clock.now());
        requestWasDecided.fire(new SpecialRequestWasDecided(request.getOrder(), request));
    }

    private Duration timeToReview() {
        String text = timeToReview.get();
        return reviewTime.from(List.of(text), () -> Duration.parse(text.trim()));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
