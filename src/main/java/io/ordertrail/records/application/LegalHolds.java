package io.ordertrail.records.application;

import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.Jsons;
import io.ordertrail.platform.i18n.Phrase;
import io.ordertrail.records.domain.LegalHold;
import io.ordertrail.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Legal holds (SOP section 5): a manager or an administrator places one, with a reason, on an order or on a
 * customer (all of its orders); nothing under an active hold is purged. Placing and lifting are on the audit trail.
 */
@Stateless
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class LegalHolds {

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    AuditTrail trail;

    @Resource
    SessionContext session;

    /** Places a hold on an existing order or customer; a second active hold on the same one is refused. */
    public LegalHold place(LegalHold.On on, String subjectId, String reason) {
        String id = existing(on, subjectId);
        if (!active(on, id).isEmpty()) {
            throw InputRejected.because(
                    "subjectId",
                    Phrase.of("problem.hold.already", on == LegalHold.On.ORDER ? 0 : 1, String.valueOf(id)));
        }
        LegalHold hold =
                new LegalHold(on, id, reason, session.getCallerPrincipal().getName(), clock.now());
        em.persist(hold);
        trail.record(
                "LEGAL_HOLD_PLACED",
                on.name(),
                id,
                Jsons.object().add("reason", hold.getReason()).build().toString());
        return hold;
    }

    /** Lifts a hold, with the reason it is no longer needed. */
    public LegalHold lift(long holdId, String reason) {
        LegalHold hold = em.find(LegalHold.class, holdId);
        if (hold == null) {
            throw InputRejected.because("hold", Phrase.of("problem.hold.noSuch", String.valueOf(holdId)));
        }
        hold.lift(reason, session.getCallerPrincipal().getName(), clock.now());
        trail.record(
                "LEGAL_HOLD_LIFTED",
                hold.getSubjectType().name(),
                hold.getSubjectId(),
                Jsons.object()
                        .add("reason", hold.getLiftReason())
                        .add("placedFor", hold.getReason())
                        .build()
                        .toString());
        return hold;
    }

    /** All holds, active ones first, newest first. */
    public List<LegalHold> all(int max) {
        return em.createQuery(
                        "select h from LegalHold h order by case when h.liftedAt is null then 0 else 1 end,"
                                + " h.placedAt desc",
                        LegalHold.class)
                .setMaxResults(max)
                .getResultList();
    }

    /** The active holds that keep an order: on the order itself or on its customer. */
    public List<LegalHold> keeping(String orderNumber, String customerNumber) {
        return em.createQuery(
                        "select h from LegalHold h where h.liftedAt is null and ((h.subjectType ="
                                + " io.ordertrail.records.domain.LegalHold.On.ORDER and h.subjectId = :o)"
                                + " or (h.subjectType = io.ordertrail.records.domain.LegalHold.On.CUSTOMER"
                                + " and h.subjectId = :c))",
                        LegalHold.class)
                .setParameter("o", orderNumber)
                .setParameter("c", customerNumber)
                .getResultList();
    }

    private List<LegalHold> active(LegalHold.On on, String id) {
        return em.createQuery(
                        "select h from LegalHold h where h.liftedAt is null and h.subjectType = :t and h.subjectId = :i",
                        LegalHold.class)
                .setParameter("t", on)
                .setParameter("i", id)
                .getResultList();
    }

    /** The identifier as stored, for an order or customer that exists; otherwise says what to check. */
    private String existing(LegalHold.On on, String subjectId) {
        if (on == null) {
            throw InputRejected.because("on", Phrase.of("problem.hold.on"));
        }
        String id = subjectId == null ? "" : subjectId.strip().toUpperCase(java.util.Locale.ROOT);
        if (id.isEmpty()) {
            throw InputRejected.because(
                    "subjectId", Phrase.of("problem.hold.number", on == LegalHold.On.ORDER ? 0 : 1));
        }
        boolean exists = on == LegalHold.On.ORDER
                ? !em.createQuery("select o.id from Order o where o.orderNumber = :n", Long.class)
                        .setParameter("n", id)
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty()
                : !em.createQuery("select c.id from Customer c where c.customerNumber = :n", Long.class)
                        .setParameter("n", id)
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty();
        if (!exists) {
            throw InputRejected.because(
                    "subjectId",
                    Phrase.of("problem.hold.noSubject", on == LegalHold.On.ORDER ? 0 : 1, String.valueOf(id)));
        }
        return id;
    }
}
