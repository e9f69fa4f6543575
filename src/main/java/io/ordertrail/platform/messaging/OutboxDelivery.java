package io.ordertrail.platform.messaging;

import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.RelaySchedule;
import io.ordertrail.platform.RelayWork;
import io.ordertrail.platform.cluster.ClusterMember;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Moves outbox messages to the broker, in the order they were written, each step with the transaction it needs. A
 * message is sent on its own, outside any transaction, and is marked sent only once the broker holds it durably; a
 * crash in between sends it again, and the broker drops the copy by its duplicate-detection id
 * (docs/decisions/0002-outbox-relay-sends-one-at-a-time.md). Messages that could not be sent stay pending.
 */
@Stateless
@LocalBean
@Local(RelayWork.class)
@PermitAll // infrastructure: only called by the relay, which has no caller identity
// The relay calls relay(Object), the bridge the compiler makes for RelayWork<T>, and Payara runs that bridge in a
// transaction of its own whatever this class declares: the send itself is OutboxSender's, which never runs in one
// (docs/fault-drill.md, 2026-12-03, both entries).
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxDelivery implements RelayWork<OutboxMessage> {

    static final String RELAY = "Outbox messages";
    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());
    private static final RelaySchedule SCHEDULE = new RelaySchedule(
            RELAY,
            "ordertrail.handover.relay-interval-ms",
            Duration.ofSeconds(1),
            200,
            "ordertrail.handover.relay-lanes",
            4);
    /** Artemis's duplicate-detection header (Message.HDR_DUPLICATE_DETECTION_ID). */
    static final String DUPLICATE_DETECTION_ID = "_AMQ_DUPL_ID";
    /** JMS message grouping: one order's messages go to one consumer, in order. */
    static final String GROUP_ID = "JMSXGroupID";

    static final String MESSAGE_TYPE = "ordertrailMessageType";

    @PersistenceContext
    EntityManager em;

    @EJB // its own reference, not CDI's, which Payara resolves again at each call (see OrderVerification)
    OutboxSender sender;

    @Inject
    BusinessClock clock;

    @Inject
    ClusterMember member;

    /**
     * How many unsent messages, per message a round relays, the round looks at for the first of each group: the oldest,
     * so that a round's work does not grow with a backlog. A round that finds fewer firsts than it could take (the
     * oldest messages held by another server) takes what it found; the next round looks again.
     */
    static final int OLDEST_LOOKED_AT = 10;

    /** How long a claim holds: the longest a dead server's messages wait for another server. */
    static final String CLAIM_SETTING = "ordertrail.handover.claim-seconds";

    @Inject
    @ConfigProperty(name = CLAIM_SETTING, defaultValue = "15")
    long claimSeconds;

    @Override
    public RelaySchedule schedule() {
        return SCHEDULE;
    }

    /**
     * Up to {@code max} messages not yet sent that this server has claimed, oldest first: the order they were written
     * in. Servers sharing the database claim whole message groups (one order's messages), so that two never send the
     * same message and one order's messages leave in order:
     * <ol>
     * <li>the first unsent message of each group that nobody else holds a claim on, locked, skipping those another
     * server is claiming at this moment ({@code for update skip locked}). The firsts are found by numbering the oldest
     * {@link #OLDEST_LOOKED_AT} times {@code max} unsent messages within their groups, in one pass: a group's first is
     * older than the rest of it, so each group with a message among them has its first there too. A test "no earlier
     * unsent message in the group" for each message would join the unsent messages with each other, and when the
     * database's statistics date from before a backlog (it believes nothing is unsent), PostgreSQL then compares every
     * unsent message with every other: a second for 2,700 (docs/benchmarks.md, 2026-12-04). The locked rows are found
     * by their ids alone, so that the database cannot take them the other way round, from all unsent messages; the
     * claim is asked again of each locked row, which another server may have claimed (and sent) since the numbering
     * read it;</li>
     * <li>every unsent message of those groups claimed for this server, for {@link #CLAIM_SETTING} seconds;</li>
     * <li>this server's claimed messages, which include those a failed send left from an earlier round.</li>
     * </ol>
     * A group's later messages are only claimed once its earlier ones are sent or their claim has run out.
     */
    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<OutboxMessage> due(int max) {
        Instant now = clock.now();
        @SuppressWarnings("unchecked")
        List<String> groups = em.createNativeQuery("select m.message_group from outbox_message m"
                        + " where m.id in (select f.id from (select id, claimed_by, claimed_until,"
                        + " row_number() over (partition by message_group order by id) as place"
                        + " from (select id, message_group, claimed_by, claimed_until from outbox_message"
                        + " where sent_at is null order by id limit ?4) oldest) f"
                        + " where f.place = 1"
                        + " and (f.claimed_until is null or f.claimed_until < ?1 or f.claimed_by = ?2)"
                        + " order by f.id limit ?3)"
                        + " and (m.claimed_until is null or m.claimed_until < ?1 or m.claimed_by = ?2)"
                        + " order by m.id for update skip locked")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, member.name())
                .setParameter(3, max)
                .setParameter(4, OLDEST_LOOKED_AT * max)
                .getResultList();
        if (!groups.isEmpty()) {
            em.createQuery("update OutboxMessage m set m.claimedBy = :me, m.claimedUntil = :until"
                            + " where m.sentAt is null and m.messageGroup in :groups")
                    .setParameter("me", member.name())
                    .setParameter("until", now.plusSeconds(claimSeconds))
                    .setParameter("groups", groups)
                    .executeUpdate();
        }
        return em.createQuery(
                        "select m from OutboxMessage m where m.sentAt is null and m.claimedBy = :me"
                                + " and m.claimedUntil >= :now order by m.id",
                        OutboxMessage.class)
                .setParameter("me", member.name())
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    /** One order's messages share a lane (their message group), so that they reach the broker in order. */
    @Override
    public String lane(OutboxMessage message) {
        return message.getMessageGroup();
    }

    /** Sends one message, durably, outside any transaction ({@link OutboxSender}). */
    @Override
    public void relay(OutboxMessage message) {
        sender.send(message);
    }

    /**
     * Marks what a round sent, in one transaction: each message was durable on the broker when its send returned. A
     * message another server had marked sent already was sent twice, once a claim had run out (a send that took
     * longer than the claim): the broker dropped the copy by its duplicate-detection id, and the log says so.
     */
    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void relayed(List<OutboxMessage> sent) {
        int marked = em.createQuery("update OutboxMessage m set m.sentAt = :at where m.id in :ids and m.sentAt is null")
                .setParameter("at", clock.now())
                .setParameter("ids", sent.stream().map(OutboxMessage::getId).toList())
                .executeUpdate();
        if (marked < sent.size()) {
            LOG.warning(() -> (sent.size() - marked) + " of the " + sent.size() + " outbox messages " + member.name()
                    + " sent had been sent by another server too, after this server's claim ran out ("
                    + CLAIM_SETTING + "); the broker dropped the copies by their duplicate-detection id");
        }
    }
}
