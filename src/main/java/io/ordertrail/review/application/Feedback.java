package io.ordertrail.review.application;

import io.ordertrail.orders.domain.OrderNumber;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.review.domain.ReviewPeriod;
import io.ordertrail.review.domain.StaffSuggestion;
import io.ordertrail.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * What customers and staff say, for the periodic review (SOP section 6): customers' ratings of their orders (given
 * through the link in the confirmation) and staff's suggestions about the procedure (from any page).
 */
@Stateless
@DenyAll
public class Feedback {

    /** The most comments and suggestions the review lists for a period. */
    static final int LISTED = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Resource
    SessionContext session;

    /**
     * Keeps a suggestion from the page the person was on ({@code /orders/order.xhtml?number=…} names its order).
     *
     * @throws io.ordertrail.platform.InputRejected when it is empty or too long; nothing is kept then
     */
    @RolesAllowed({Roles.SALES, Roles.INVENTORY, Roles.FULFILLMENT, Roles.MANAGER, Roles.ADMIN})
    public StaffSuggestion suggest(String text, String fromPage, String orderNumber) {
        String order = orderNumber == null
                ? null
                : OrderNumber.parse(orderNumber).map(OrderNumber::value).orElse(null);
        StaffSuggestion suggestion =
                StaffSuggestion.of(text, session.getCallerPrincipal().getName(), clock.now(), fromPage, order);
        em.persist(suggestion);
        return suggestion;
    }

    /** The customers' ratings given in the period: how many, their average, and the latest with their comments. */
    @RolesAllowed(Roles.MANAGER)
    public Ratings ratings(ReviewPeriod period) {
        Timestamp from = start(period);
        Timestamp to = end(period);
        Object[] totals = (Object[])
                em.createNativeQuery("select count(*), avg(cast(rating as decimal(5, 2))) from customer_feedback"
                                + " where received_at >= ?1 and received_at < ?2")
                        .setParameter(1, from)
                        .setParameter(2, to)
                        .getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> latest = em.createNativeQuery(
                        "select order_number, order_version, rating, comment_text, received_at from customer_feedback"
                                + " where received_at >= ?1 and received_at < ?2 order by received_at desc, id desc")
                .setParameter(1, from)
                .setParameter(2, to)
                .setMaxResults(LISTED)
                .getResultList();
        long count = ((Number) totals[0]).longValue();
        return new Ratings(
                count,
                count == 0 ? null : Math.round(((Number) totals[1]).doubleValue() * 100) / 100.0,
                latest.stream()
                        .map(r -> new Rating(
                                (String) r[0],
                                ((Number) r[1]).intValue(),
                                ((Number) r[2]).intValue(),
                                (String) r[3],
                                ((Timestamp) r[4]).toInstant()))
                        .toList());
    }

    /** The staff's suggestions of the period, the newest first. */
    @RolesAllowed(Roles.MANAGER)
    public List<StaffSuggestion> suggestions(ReviewPeriod period) {
        return em.createQuery(
                        "select s from StaffSuggestion s where s.writtenAt >= :from and s.writtenAt < :to"
                                + " order by s.writtenAt desc, s.id desc",
                        StaffSuggestion.class)
                .setParameter("from", start(period).toInstant())
                .setParameter("to", end(period).toInstant())
                .setMaxResults(LISTED)
                .getResultList();
    }

    private Timestamp start(ReviewPeriod period) {
        return Timestamp.from(period.first().atStartOfDay(clock.zone()).toInstant());
    }

    private Timestamp end(ReviewPeriod period) {
        return Timestamp.from(
                period.last().plusDays(1).atStartOfDay(clock.zone()).toInstant());
    }

    /** How many ratings, their average (to two decimals; none without ratings) and the latest. */
    public record Ratings(long count, Double average, List<Rating> latest) implements Serializable {
        public long getCount() {
            return count;
        }

        public Double getAverage() {
            return average;
        }

        public List<Rating> getLatest() {
            return latest;
        }
    }

    public record Rating(String orderNumber, int orderVersion, int rating, String comment, Instant receivedAt)
            implements Serializable {
        public String getOrderNumber() {
            return orderNumber;
        }

        public int getRating() {
            return rating;
        }

        public String getComment() {
            return comment;
        }

        public Instant getReceivedAt() {
            return receivedAt;
        }
    }
}
