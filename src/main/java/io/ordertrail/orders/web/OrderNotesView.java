package io.ordertrail.orders.web;

import io.ordertrail.orders.application.OrderNotes;
import io.ordertrail.orders.domain.NoteAudience;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderNote;
import io.ordertrail.orders.domain.OrderNumber;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.web.Messages;
import io.ordertrail.platform.web.PageLanguage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The notes section of an order's page: the notes left on it, and leaving one for everyone or a team. */
@Named
@ViewScoped
public class OrderNotesView implements OrderPageSection, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrderNotes orderNotes;

    private OrderNumber orderNumber;
    private List<OrderNote> notes = List.of();
    private NoteAudience addressedTo = NoteAudience.EVERYONE;
    private String noteText;

    @Override
    public void load(Order order) {
        orderNumber = order.getOrderNumber();
        notes = orderNotes.of(orderNumber);
    }

    @Override
    public List<TimelineEvent> timeline() {
        return notes.stream()
                .map(n -> new TimelineEvent(
                        n.getWrittenAt(),
                        PageLanguage.texts()
                                .get("timeline.note", PageLanguage.texts().labelInSentence(n.getAddressedTo())),
                        n.getText(),
                        n.getWrittenBy()))
                .toList();
    }

    public void add() {
        try {
            OrderNote note = orderNotes.add(orderNumber, addressedTo, noteText);
            Messages.infoOnThisPage(PageLanguage.texts()
                    .get("orderPage.noteLeft", PageLanguage.texts().labelInSentence(note.getAddressedTo())));
            noteText = null;
            addressedTo = NoteAudience.EVERYONE;
        } catch (InputRejected rejected) {
            Messages.errors("notesForm", rejected.getProblems());
        }
        notes = orderNotes.of(orderNumber);
    }

    public NoteAudience[] getAudiences() {
        return NoteAudience.values();
    }

    public List<OrderNote> getNotes() {
        return notes;
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
}
