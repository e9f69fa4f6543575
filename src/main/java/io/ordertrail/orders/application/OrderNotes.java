package io.ordertrail.orders.application;

import io.ordertrail.orders.domain.NoteAudience;
import io.ordertrail.orders.domain.NoteWasAdded;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderNote;
import io.ordertrail.orders.domain.OrderNumber;
import io.ordertrail.orders.domain.OrderRepository;
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
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Notes on orders, so that the teams can tell each other what an order's fields do not say: left on an order for
 * everyone or for one team, never edited, found by the addressed team in its queue, live, and marked read there.
 */
@Stateless
@DenyAll
public class OrderNotes {

    @Inject
    OrderRepository orders;

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    Event<NoteWasAdded> noteWasAdded;

    @Resource
    SessionContext session;

    /**
     * Leaves a note on the order.
     *
     * @throws InputRejected when there is no such order, or the note is empty, too long or addressed to nobody
     */
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.INVENTORY, Roles.FULFILLMENT})
    public OrderNote add(OrderNumber orderNumber, NoteAudience addressedTo, String text) {
        Order order = orders.find(orderNumber)
                .orElseThrow(() ->
                        InputRejected.because("order", Phrase.of("problem.order.noSuch", String.valueOf(orderNumber))));
        OrderNote note = new OrderNote(order, addressedTo, text, caller(), clock.now());
        em.persist(note);
        noteWasAdded.fire(new NoteWasAdded(orderNumber, addressedTo, note.getWrittenBy()));
        return note;
    }

    /** The order's notes, oldest first. */
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.INVENTORY, Roles.FULFILLMENT})
    public List<OrderNote> of(OrderNumber orderNumber) {
        return em.createQuery(
                        "select n from OrderNote n where n.order.orderNumber = :number order by n.writtenAt, n.id",
                        OrderNote.class)
                .setParameter("number", orderNumber.value())
                .getResultList();
    }

    /** The team's unread notes, oldest first: what its queue shows. */
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.INVENTORY, Roles.FULFILLMENT})
    public List<OrderNote> unreadFor(NoteAudience team) {
        mayActFor(team);
        return em.createQuery(
                        "select n from OrderNote n join fetch n.order where n.addressedTo = :team and n.readAt is null"
                                + " order by n.writtenAt, n.id",
                        OrderNote.class)
                .setParameter("team", team)
                .setMaxResults(200)
                .getResultList();
    }

    /** A member of the addressed team (or the manager) has read the note. */
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.INVENTORY, Roles.FULFILLMENT})
    public void markRead(long noteId) {
        OrderNote note = em.find(OrderNote.class, noteId);
        if (note == null) {
            throw InputRejected.because("note", Phrase.of("problem.note.noSuch"));
        }
        mayActFor(note.getAddressedTo());
        note.markRead(caller(), clock.now());
    }

    private void mayActFor(NoteAudience team) {
        if (team == NoteAudience.EVERYONE) {
            throw InputRejected.because("note", Phrase.of("problem.note.forEveryone"));
        }
        if (!session.isCallerInRole(team.name()) && !session.isCallerInRole(Roles.MANAGER)) {
            throw InputRejected.because("note", Phrase.of("problem.note.otherTeam", Phrase.labelInSentence(team)));
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
