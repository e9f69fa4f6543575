package io.ordertrail.review.application;

import io.ordertrail.handover.domain.Team;
import io.ordertrail.orders.domain.OrderStatus;
import io.ordertrail.orders.domain.RequestDecision;
import io.ordertrail.orders.domain.SpecialRequestType;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.i18n.Phrase;
import io.ordertrail.review.domain.Breach;
import io.ordertrail.review.domain.BreachKind;
import io.ordertrail.review.domain.ComplianceCheck;
import io.ordertrail.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The daily compliance check (SOP section 6, ensure compliance): lists, for the manager, the orders that breach the
 * SOP now: recorded but not confirmed in time, amended but not re-confirmed in time, handed over but not acknowledged
 * in time, and special requests past their time to review. Each run is kept with what it found.
 */
@Stateless
@DenyAll
public class ComplianceChecks {

    /** The most breaches of one kind a check keeps, the most recent first; the page says when there are more. */
    public static final int MAX_PER_KIND = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    ReviewSettings settings;

    @Inject
    BusinessClock clock;

    @Resource
    SessionContext session;

    /** Checks now and keeps what was found. */
    @RolesAllowed(Roles.MANAGER)
    public ComplianceCheck run() {
        Instant now = clock.now();
        List<Breach> breaches = new ArrayList<>();
        Instant confirmBy = now.minus(settings.confirmWithin());
        for (Object[] row : em.createQuery(
                        "select o.orderNumber, o.firstRecordedAt from Order o where o.status = :recorded"
                                + " and o.firstRecordedAt < :cut order by o.firstRecordedAt desc",
                        Object[].class)
                .setParameter("recorded", OrderStatus.RECORDED)
                .setParameter("cut", confirmBy)
                .setMaxResults(MAX_PER_KIND)
                .getResultList()) {
            Instant recorded = (Instant) row[1];
            breaches.add(new Breach(
                    BreachKind.UNCONFIRMED,
                    (String) row[0],
                    recorded.plus(settings.confirmWithin()),
                    Phrase.of(
                            "compliance.detail.unconfirmed",
                            clock.local(recorded).toLocalDate())));
        }
        for (Object[] row : em.createQuery(
                        // no version since the cut-off, rather than "having max(...) < :cut": the parameter is then
                        // compared with an attribute and bound as one (PostgreSQL refuses an unconverted Instant)
                        "select o.orderNumber, max(v.createdAt) from Order o join o.versions v"
                                + " where o.confirmedAt is not null and o.status <> :cancelled"
                                + " and o.confirmedVersion < o.orderVersion and not exists (select w.id from"
                                + " OrderVersion w where w.order = o and w.createdAt >= :cut)"
                                + " group by o.orderNumber order by max(v.createdAt) desc",
                        Object[].class)
                .setParameter("cancelled", OrderStatus.CANCELLED)
                .setParameter("cut", now.minus(settings.reconfirmWithin()))
                .setMaxResults(MAX_PER_KIND)
                .getResultList()) {
            Instant amended = (Instant) row[1];
            breaches.add(new Breach(
                    BreachKind.NOT_RECONFIRMED,
                    (String) row[0],
                    amended.plus(settings.reconfirmWithin()),
                    Phrase.of(
                            "compliance.detail.notReconfirmed",
                            clock.local(amended).toLocalDate())));
        }
        for (Object[] row : em.createQuery(
                        "select r.orderNumber, r.team, r.receivedAt from HandoverReceipt r"
                                + " where r.acknowledgedAt is null and r.receivedAt < :cut order by r.receivedAt desc",
                        Object[].class)
                .setParameter("cut", now.minus(settings.acknowledgeWithin()))
                .setMaxResults(MAX_PER_KIND)
                .getResultList()) {
            Instant received = (Instant) row[2];
            breaches.add(new Breach(
                    BreachKind.HANDOVER_NOT_ACKNOWLEDGED,
                    (String) row[0],
                    received.plus(settings.acknowledgeWithin()),
                    Phrase.of(
                            "compliance.detail.notAcknowledged",
                            Phrase.label((Team) row[1]),
                            clock.local(received).toLocalDate())));
        }
        for (Object[] row : em.createQuery(
                        "select o.orderNumber, r.type, r.team, r.dueAt from SpecialRequest r join r.order o"
                                + " where r.status = :pending and r.dueAt < :now order by r.dueAt desc",
                        Object[].class)
                .setParameter("pending", RequestDecision.PENDING)
                .setParameter("now", now)
                .setMaxResults(MAX_PER_KIND)
                .getResultList()) {
            breaches.add(new Breach(
                    BreachKind.REQUEST_NOT_REVIEWED,
                    (String) row[0],
                    (Instant) row[3],
                    Phrase.of(
                            "compliance.detail.requestNotReviewed",
                            Phrase.label((SpecialRequestType) row[1]),
                            Phrase.labelInSentence((Team) row[2]))));
        }
        ComplianceCheck check =
                new ComplianceCheck(now, session.getCallerPrincipal().getName(), breaches);
        em.persist(check);
        return check;
    }

    /** How many breaches the last check found; empty when none has run. */
    @RolesAllowed(Roles.MANAGER)
    public java.util.OptionalLong breachesAtLastCheck() {
        List<Long> ids = em.createQuery(
                        "select c.id from ComplianceCheck c order by c.checkedAt desc, c.id desc", Long.class)
                .setMaxResults(1)
                .getResultList();
        if (ids.isEmpty()) {
            return java.util.OptionalLong.empty();
        }
        return java.util.OptionalLong.of(
                ((Number) em.createNativeQuery("select count(*) from compliance_breach where check_id = ?1")
                                .setParameter(1, ids.get(0))
                                .getSingleResult())
                        .longValue());
    }

    /** The last check, with what it found. */
    @RolesAllowed(Roles.MANAGER)
    public Optional<ComplianceCheck> latest() {
        Optional<ComplianceCheck> check = em.createQuery(
                        "select c from ComplianceCheck c order by c.checkedAt desc, c.id desc", ComplianceCheck.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
        check.ifPresent(c -> c.getBreaches().size());
        return check;
    }
}
