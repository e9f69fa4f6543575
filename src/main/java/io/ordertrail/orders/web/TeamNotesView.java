package io.ordertrail.orders.web;

import io.ordertrail.orders.application.OrderNotes;
import io.ordertrail.orders.domain.NoteAudience;
import io.ordertrail.orders.domain.OrderNote;
import io.ordertrail.orders.domain.OrderNumber;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.i18n.Phrase;
import io.ordertrail.platform.web.Messages;
import io.ordertrail.platform.web.PageLanguage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A team's unread notes in its work queue, refreshed live when a note arrives, each marked read by the team. */
@Named
@ViewScoped
public class TeamNotesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrderNotes orderNotes;

    /** Read once per team until a push or a "mark read" asks again: the table asks for its rows several times. */
    private transient Map<String, List<OrderNote>> unread;

    /** The unread notes of the team (by name: INVENTORY, FULFILLMENT, SALES, MANAGER). */
    public List<OrderNote> unreadFor(String team) {
        if (unread == null) {
            unread = new HashMap<>();
        }
        return unread.computeIfAbsent(team, t -> orderNotes.unreadFor(NoteAudience.valueOf(t)));
    }

    /** A note was left somewhere: read the notes again. */
    public void refresh() {
        unread = null;
    }

    private String orderNumber;
    private NoteAudience addressedTo = NoteAudience.SALES;
    private String noteText;

    /** Writes a note on an order from the work queue, as a team that does not open the order page does. */
    public void write() {
        try {
            OrderNumber number = OrderNumber.parse(orderNumber == null ? "" : orderNumber.trim())
                    .orElseThrow(() -> InputRejected.because("orderNumber", Phrase.of("problem.note.orderNumber")));
            OrderNote note = orderNotes.add(number, addressedTo, noteText);
            Messages.infoOnThisPage(PageLanguage.texts()
                    .get(
                            "notes.left",
                            note.getOrderNumber(),
                            PageLanguage.texts().labelInSentence(note.getAddressedTo())));
            noteText = null;
        } catch (InputRejected rejected) {
            rejected.getProblems()
                    .forEach(p -> Messages.error(
                            "writeNoteForm:" + (p.field().equals("order") ? "orderNumber" : p.field()),
                            p.in(PageLanguage.texts())));
        }
    }

    /** Answers a note: the form takes its order, addressed to the writer's team. */
    public void replyTo(OrderNote note) {
        orderNumber = note.getOrderNumber().toString();
        noteText = null;
    }

    public NoteAudience[] getAudiences() {
        return NoteAudience.values();
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public void setOrderNumber(String orderNumber) {
        this.orderNumber = orderNumber;
    }

    public NoteAudience getAddressedTo() {
        return addressedTo;
    }

    public void setAddressedTo(NoteAudience addressedTo) {
        this.addressedTo = addressedTo;
    }

    public String getNoteText() {
        return noteText;
    }

    public void setNoteText(String noteText) {
        this.noteText = noteText;
    }

    public void markRead(OrderNote note) {
        refresh();
        try {
            orderNotes.markRead(note.getId());
            Messages.infoOnThisPage(PageLanguage.texts().get("notes.markedRead", note.getOrderNumber()));
        } catch (InputRejected rejected) {
            rejected.getProblems().forEach(p -> Messages.error(null, p.in(PageLanguage.texts())));
        }
    }
}
