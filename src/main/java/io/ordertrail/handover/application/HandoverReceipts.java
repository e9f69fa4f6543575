package io.ordertrail.handover.application;

import io.ordertrail.handover.domain.HandoverReceipt;
import io.ordertrail.handover.domain.HandoverWasAcknowledged;
import io.ordertrail.handover.domain.Team;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.LikePattern;
import io.ordertrail.platform.i18n.Phrase;
import io.ordertrail.platform.i18n.SaidException;
import io.ordertrail.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;

/** What the teams received: per order for the order's page, and each team's list for its work queue. */
@Stateless
@DenyAll
public class HandoverReceipts {

    @Inject
    BusinessClock clock;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Event<HandoverWasAcknowledged> handoverWasAcknowledged;

    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.INVENTORY, Roles.FULFILLMENT, Roles.INTEGRATION})
    public List<HandoverReceipt> forOrder(String orderNumber) {
        return em.createQuery(
                        "select r from HandoverReceipt r where r.orderNumber = :n order by r.receivedAt",
                        HandoverReceipt.class)
                .setParameter("n", orderNumber)
                .getResultList();
    }

    /** A page of a team's handovers, newest first. */
    @RolesAllowed({Roles.INVENTORY, Roles.FULFILLMENT, Roles.MANAGER})
    public List<HandoverReceipt> page(Team team, String orderNumberFilter, int first, int size) {
        checkMayRead(team);
        return em.createQuery(
                        "select r from HandoverReceipt r where r.team = :team and r.orderNumber like :n escape '!'"
                                + " order by r.receivedAt desc, r.id desc",
                        HandoverReceipt.class)
                .setParameter("team", team)
                .setParameter("n", pattern(orderNumberFilter))
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    @RolesAllowed({Roles.INVENTORY, Roles.FULFILLMENT, Roles.MANAGER})
    public long count(Team team, String orderNumberFilter) {
        checkMayRead(team);
        return em.createQuery(
                        "select count(r) from HandoverReceipt r where r.team = :team and r.orderNumber like :n escape '!'",
                        Long.class)
                .setParameter("team", team)
                .setParameter("n", pattern(orderNumberFilter))
                .getSingleResult();
    }

    /**
     * The team's handovers nobody has acknowledged yet; with {@code olderThan}, only those received longer ago than
     * that: overdue.
     */
    @RolesAllowed({Roles.INVENTORY, Roles.FULFILLMENT, Roles.MANAGER})
    public long countToAcknowledge(Team team, Duration olderThan) {
        checkMayRead(team);
        return em.createQuery(
                        "select count(r) from HandoverReceipt r where r.team = :team and r.acknowledgedAt is null"
                                + " and r.receivedAt < :before",
                        Long.class)
                .setParameter("team", team)
                .setParameter(
                        "before",
                        olderThan == null
                                ? clock.now().plusSeconds(1)
                                : clock.now().minus(olderThan))
                .getSingleResult();
    }

    /**
     * A member of the receiving team acknowledges a handover in the team's work queue.
     *
     * @throws AlreadyAcknowledged when it was acknowledged already (the first acknowledgement stands)
     */
    @RolesAllowed({Roles.INVENTORY, Roles.FULFILLMENT})
    public HandoverReceipt acknowledge(long receiptId) {
        HandoverReceipt receipt =
                em.find(HandoverReceipt.class, receiptId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (receipt == null) {
            throw new IllegalArgumentException("No handover " + receiptId);
        }
        if (!session.isCallerInRole(receipt.getTeam().name())) {
            throw new EJBAccessException(
                    "Only the " + receipt.getTeam().getLabel() + " team acknowledges its handovers");
        }
        if (receipt.isAcknowledged()) {
            throw new AlreadyAcknowledged(
                    Phrase.of("handovers.alreadyAcknowledged", receipt.getOrderNumber(), receipt.getAcknowledgedBy()));
        }
        receipt.acknowledge(session.getCallerPrincipal().getName(), clock.now());
        handoverWasAcknowledged.fire(
                new HandoverWasAcknowledged(receipt.getTeam(), receipt.getOrderNumber(), receipt.getAcknowledgedAt()));
        return receipt;
    }

    /** Someone of the team was quicker: the handover is acknowledged already. */
    @jakarta.ejb.ApplicationException(rollback = true)
    public static class AlreadyAcknowledged extends SaidException {
        public AlreadyAcknowledged(Phrase phrase) {
            super(phrase);
        }
    }

    /** A team sees its own handovers; the manager sees every team's. Team names are role names. */
    private void checkMayRead(Team team) {
        if (!session.isCallerInRole(Roles.MANAGER) && !session.isCallerInRole(team.name())) {
            throw new EJBAccessException("Only the " + team.getLabel() + " team and the manager see these handovers");
        }
    }

    private static String pattern(String filter) {
        return LikePattern.containing(filter == null ? "" : filter.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
