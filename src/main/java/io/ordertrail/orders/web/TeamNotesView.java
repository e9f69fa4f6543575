package io.ordertrail.orders.web;

import io.ordertrail.orders.application.OrderNotes;
import io.ordertrail.orders.domain.NoteAudience;
import io.ordertrail.orders.domain.OrderNote;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** A team's unread notes in its work queue, refreshed live when a note arrives, each marked read by the team. */
@Named
@ViewScoped
public class TeamNotesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrderNotes orderNotes;

    /** The unread notes of the team (by name: INVENTORY, FULFILLMENT, SALES, MANAGER). */
    public List<OrderNote> unreadFor(String team) {
        return orderNotes.unreadFor(NoteAudience.valueOf(team));
    }

    public void markRead(OrderNote note) {
        try {
            orderNotes.markRead(note.getId());
            Messages.infoOnThisPage("Note on " + note.getOrderNumber() + " marked read.");
        } catch (InputRejected rejected) {
            rejected.getProblems().forEach(p -> Messages.error(null, p.message()));
        }
    }
}
