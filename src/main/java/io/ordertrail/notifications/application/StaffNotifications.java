package io.ordertrail.notifications.application;

import io.ordertrail.notifications.domain.StaffNotification;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The signed-in person's notifications: the badge's count, the list behind it, and marking them read. */
@Stateless
@DenyAll
public class StaffNotifications {

    /** The most the list behind the badge shows; older unread ones stay counted. */
    public static final int LISTED = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Resource
    SessionContext session;

    @RolesAllowed({Roles.SALES, Roles.INVENTORY, Roles.FULFILLMENT, Roles.MANAGER, Roles.ADMIN})
    public long countUnread() {
        return em.createQuery(
                        "select count(n) from StaffNotification n where n.recipient = :me and n.readAt is null",
                        Long.class)
                .setParameter("me", me())
                .getSingleResult();
    }

    /** The caller's unread notifications, newest first. */
    @RolesAllowed({Roles.SALES, Roles.INVENTORY, Roles.FULFILLMENT, Roles.MANAGER, Roles.ADMIN})
    public List<StaffNotification> unread() {
        return em.createQuery(
                        "select n from StaffNotification n where n.recipient = :me and n.readAt is null"
                                + " order by n.createdAt desc, n.id desc",
                        StaffNotification.class)
                .setParameter("me", me())
                .setMaxResults(LISTED)
                .getResultList();
    }

    /** Marks one of the caller's notifications read; another person's is no notification of theirs. */
    @RolesAllowed({Roles.SALES, Roles.INVENTORY, Roles.FULFILLMENT, Roles.MANAGER, Roles.ADMIN})
    public void markRead(long notificationId) {
        StaffNotification n = em.find(StaffNotification.class, notificationId);
        if (n != null && n.getRecipient().equals(me())) {
            n.read(clock.now());
        }
    }

    @RolesAllowed({Roles.SALES, Roles.INVENTORY, Roles.FULFILLMENT, Roles.MANAGER, Roles.ADMIN})
    public int markAllRead() {
        return em.createQuery(
                        "update StaffNotification n set n.readAt = :now where n.recipient = :me and n.readAt is null")
                .setParameter("now", clock.now())
                .setParameter("me", me())
                .executeUpdate();
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }
}
