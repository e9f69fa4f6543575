package io.ordertrail.notifications.web;

import io.ordertrail.notifications.application.StaffNotifications;
import io.ordertrail.notifications.domain.StaffNotification;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** The badge in the header and the list behind it, on every page. */
@Named
@ViewScoped
public class NotificationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffNotifications notifications;

    private Long unreadCount;
    private List<StaffNotification> unread;

    public long getUnreadCount() {
        if (unreadCount == null) {
            unreadCount = notifications.countUnread();
        }
        return unreadCount;
    }

    public List<StaffNotification> getUnread() {
        if (unread == null) {
            unread = notifications.unread();
        }
        return unread;
    }

    /** Something new arrived (or the list was opened): read both again. */
    public void refresh() {
        unreadCount = null;
        unread = null;
    }

    /** Opens the page of the notification, marked read. */
    public void open(StaffNotification n) throws IOException {
        notifications.markRead(n.getId());
        var context = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        context.redirect(context.getRequestContextPath() + n.getLink());
    }

    public void markAllRead() {
        notifications.markAllRead();
        refresh();
    }
}
