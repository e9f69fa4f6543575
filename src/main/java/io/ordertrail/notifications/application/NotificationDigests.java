package io.ordertrail.notifications.application;

import io.ordertrail.notifications.domain.DigestSubscription;
import io.ordertrail.notifications.domain.StaffNotification;
import io.ordertrail.notifications.infrastructure.DigestMailer;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.i18n.Texts;
import io.ordertrail.security.Roles;
import io.ordertrail.security.StaffDirectory;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The email digest of unread notifications, which each person switches on or off on their account page: at most
 * one every {@code ordertrail.notifications.digest-every} (a day by default), listing what arrived unread since the
 * last, each with its link. A digest that cannot be sent is tried again at the next run.
 */
@Stateless
@DenyAll
public class NotificationDigests {

    private static final Logger LOG = Logger.getLogger(NotificationDigests.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    StaffDirectory staff;

    @Inject
    DigestMailer mailer;

    @Resource
    SessionContext session;

    @Inject
    @ConfigProperty(name = "ordertrail.notifications.digest-every", defaultValue = "P1D")
    String every;

    @Inject
    @ConfigProperty(name = "ordertrail.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @RolesAllowed({Roles.SALES, Roles.INVENTORY, Roles.FULFILLMENT, Roles.MANAGER, Roles.ADMIN})
    public boolean isSwitchedOn() {
        return Optional.ofNullable(em.find(DigestSubscription.class, me()))
                .map(DigestSubscription::isEnabled)
                .orElse(false);
    }

    /** Whether the caller has an email address the digest can go to. */
    @RolesAllowed({Roles.SALES, Roles.INVENTORY, Roles.FULFILLMENT, Roles.MANAGER, Roles.ADMIN})
    public boolean hasEmail() {
        return staff.emailOf(me()).isPresent();
    }

    @RolesAllowed({Roles.SALES, Roles.INVENTORY, Roles.FULFILLMENT, Roles.MANAGER, Roles.ADMIN})
    public void switchTo(boolean on) {
        DigestSubscription subscription = em.find(DigestSubscription.class, me());
        if (subscription == null) {
            em.persist(new DigestSubscription(me(), on, clock.now()));
        } else {
            subscription.switchTo(on, clock.now());
        }
    }

    /**
     * Mails each digest that is due.
     *
     * @return how many went out
     */
    @RolesAllowed(Roles.ADMIN)
    public int sendDue() {
        Instant now = clock.now();
        Duration interval = Duration.parse(every);
        int sent = 0;
        for (DigestSubscription subscription : em.createQuery(
                        "select d from DigestSubscription d where d.enabled = true", DigestSubscription.class)
                .getResultList()) {
            if (!subscription.isDue(now, interval)) {
                continue;
            }
            List<StaffNotification> unread = em.createQuery(
                            "select n from StaffNotification n where n.recipient = :who and n.readAt is null"
                                    + " and n.createdAt > :since order by n.createdAt, n.id",
                            StaffNotification.class)
                    .setParameter("who", subscription.getUsername())
                    .setParameter(
                            "since",
                            subscription.getLastSentAt() == null ? Instant.EPOCH : subscription.getLastSentAt())
                    .setMaxResults(100)
                    .getResultList();
            Optional<StaffDirectory.Reachable> to = staff.reachable(subscription.getUsername());
            if (unread.isEmpty() || to.isEmpty()) {
                continue;
            }
            try {
                mailer.send(
                        to.get().email(),
                        unread,
                        publicUrl,
                        Texts.in(to.get().language().orElse(null)));
                subscription.sent(now);
                sent++;
            } catch (MessagingException e) {
                LOG.warning(() -> "The notification digest of " + subscription.getUsername()
                        + " was not sent; trying again at the next run: " + e);
            } catch (RuntimeException e) { // a fault of ours, not of the mail server: with where it happened
                LOG.log(
                        java.util.logging.Level.WARNING,
                        e,
                        () -> "The notification digest of " + subscription.getUsername()
                                + " was not sent; trying again at the next run");
            }
        }
        return sent;
    }

    private String me() {
        return session.getCallerPrincipal().getName();
    }
}
