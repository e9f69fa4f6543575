package io.ordertrail.review.application;

import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.i18n.Phrase;
import io.ordertrail.review.domain.PeriodicReview;
import io.ordertrail.review.domain.ReviewAction;
import io.ordertrail.review.domain.ReviewPeriod;
import io.ordertrail.review.domain.SopRevision;
import io.ordertrail.security.Roles;
import io.ordertrail.security.StaffDirectory;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Review records (SOP section 6): the manager records each periodic review with its findings and actions; each
 * action's owner sees it on their home page until they mark it done; the SOP revision log says what changed in the
 * procedure, from when and why, linked to the review that decided it.
 */
@Stateless
@DenyAll
public class PeriodicReviews {

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffDirectory staff;

    @Inject
    BusinessClock clock;

    @Resource
    SessionContext session;

    /**
     * Records a review and its actions.
     *
     * @throws InputRejected naming each field that is missing or wrong, an owner who is not on the staff among them
     */
    @RolesAllowed(Roles.MANAGER)
    public PeriodicReview record(ReviewPeriod period, String findings, List<PeriodicReview.ActionDraft> actions) {
        List<String> everyone = staff.everyone();
        List<InputRejected.Problem> unknown = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            String owner = actions.get(i).owner();
            if (owner != null && !owner.isBlank() && !everyone.contains(owner.strip())) {
                unknown.add(new InputRejected.Problem(
                        "actions[" + i + "].owner", Phrase.of("reviews.problem.noSuchStaff", owner)));
            }
        }
        PeriodicReview review;
        try {
            review = PeriodicReview.record(period, findings, actions, caller(), clock.now(), clock.today());
        } catch (InputRejected rejected) {
            List<InputRejected.Problem> all = new ArrayList<>(rejected.getProblems());
            all.addAll(unknown);
            throw new InputRejected(all);
        }
        if (!unknown.isEmpty()) {
            throw new InputRejected(unknown);
        }
        em.persist(review);
        return review;
    }

    /** The reviews recorded, the newest first, with their actions. */
    @RolesAllowed(Roles.MANAGER)
    public List<PeriodicReview> past() {
        List<PeriodicReview> reviews = em.createQuery(
                        "select r from PeriodicReview r order by r.recordedAt desc, r.id desc", PeriodicReview.class)
                .setMaxResults(100)
                .getResultList();
        reviews.forEach(r -> r.getActions().size());
        return reviews;
    }

    /** The caller's actions not done yet, the earliest due first. */
    @RolesAllowed({Roles.SALES, Roles.INVENTORY, Roles.FULFILLMENT, Roles.MANAGER, Roles.ADMIN})
    public List<ReviewAction> myOpenActions() {
        return em.createQuery(
                        "select a from ReviewAction a join fetch a.review where a.owner = :me and a.doneAt is null"
                                + " order by a.dueDate, a.id",
                        ReviewAction.class)
                .setParameter("me", caller())
                .getResultList();
    }

    /**
     * Marks an action done: its owner or a manager.
     *
     * @throws InputRejected when there is no such action or it is someone else's
     */
    @RolesAllowed({Roles.SALES, Roles.INVENTORY, Roles.FULFILLMENT, Roles.MANAGER, Roles.ADMIN})
    public ReviewAction done(long actionId) {
        ReviewAction action = em.find(ReviewAction.class, actionId, LockModeType.PESSIMISTIC_WRITE);
        if (action == null) {
            throw InputRejected.because("action", Phrase.of("reviews.problem.actionGone"));
        }
        if (!action.getOwner().equals(caller()) && !session.isCallerInRole(Roles.MANAGER)) {
            throw InputRejected.because("action", Phrase.of("reviews.problem.someoneElses", action.getOwner()));
        }
        action.done(caller(), clock.now());
        return action;
    }

    /**
     * Records a change to the procedure, decided by a review (or none).
     *
     * @throws InputRejected when what, why or from when is missing, or the review does not exist
     */
    @RolesAllowed(Roles.MANAGER)
    public SopRevision revise(Long reviewId, LocalDate effectiveOn, String whatChanged, String why) {
        PeriodicReview review = null;
        if (reviewId != null) {
            review = em.find(PeriodicReview.class, reviewId);
            if (review == null) {
                throw InputRejected.because("review", Phrase.of("reviews.problem.noSuchReview"));
            }
        }
        SopRevision revision = SopRevision.of(review, effectiveOn, whatChanged, why, caller(), clock.now());
        em.persist(revision);
        return revision;
    }

    /** The SOP revision log, the latest change first. */
    @RolesAllowed(Roles.MANAGER)
    public List<SopRevision> revisions() {
        return em.createQuery(
                        "select s from SopRevision s left join fetch s.review order by s.effectiveOn desc, s.id desc",
                        SopRevision.class)
                .setMaxResults(200)
                .getResultList();
    }

    /** Who an action can be given to: every member of staff. */
    @RolesAllowed(Roles.MANAGER)
    public List<String> possibleOwners() {
        return staff.everyone();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
