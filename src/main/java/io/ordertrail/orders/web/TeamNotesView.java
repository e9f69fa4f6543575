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

    public void markRead(OrderNote note) {
        refresh();
        try {
            orderNotes.markRead(note.getId());
            Messages.infoOnThisPage("Note on " + note.getOrderNumber() + " marked read.");
        } catch (InputRejected rejected) {
            rejected.getProblems().forEach(p -> Messages.error(null, p.message()));
        }
    }
}
