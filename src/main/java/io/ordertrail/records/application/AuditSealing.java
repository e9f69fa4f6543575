package io.ordertrail.records.application;

import io.ordertrail.platform.BusinessClock;
import io.ordertrail.records.domain.AuditEntry;
import io.ordertrail.records.domain.AuditSeal;
import io.ordertrail.records.domain.ChainVerification;
import io.ordertrail.records.domain.PurgeCheckpoint;
import io.ordertrail.records.domain.PurgedEntry;
import io.ordertrail.security.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The chain of the audit trail. Entries are written with the changes; sealing puts the committed ones into the
 * chain shortly after, in the order of their ids, so that writing an entry never waits for another transaction.
 * Verifying walks the chain from its start.
 */
@Stateless
@DenyAll
public class AuditSealing {

    static final int PAGE = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    RecordsKey key;

    @Inject
    TrailHealth health;

    /**
     * How far back the frequent sealing runs look, in ids below the last sealed entry: the ids come from one sequence
     * in blocks per server ({@link io.ordertrail.platform.SequencedEntity#BLOCK}, 500), so an entry committed after
     * later ones were sealed has an id below theirs, by up to what the other servers took while this one used its
     * block.
     * The full sweep ({@code afterId} 0) finds any entry older than that.
     */
    private static final long RECENT_IDS = 100_000;

    /**
     * Seals up to {@code max} committed entries with an id above {@code afterId} not sealed yet; returns how many.
     * Run by the sealing timer.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sealPending(int max, long afterId) {
        List<AuditEntry> pending = em.createQuery(
                        "select e from AuditEntry e where e.id > :after and not exists"
                                + " (select s from AuditSeal s where s.entryId = e.id) order by e.id",
                        AuditEntry.class)
                .setParameter("after", afterId)
                .setMaxResults(max)
                .getResultList();
        if (pending.isEmpty()) {
            return 0;
        }
        AuditSeal last = em.createQuery("select s from AuditSeal s order by s.position desc", AuditSeal.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
        Instant now = clock.now();
        for (AuditEntry entry : pending) {
            last = AuditSeal.after(last, entry, now);
            em.persist(last);
        }
        return pending.size();
    }

    /**
     * The id above which the frequent sealing runs look for entries to seal: {@link #RECENT_IDS} below the last. A
     * transaction of its own, as {@link #sealPending}'s, so that the sealing timer never holds two connections.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long recentFloor() {
        Long last = em.createQuery("select max(s.entryId) from AuditSeal s", Long.class)
                .getSingleResult();
        return last == null ? 0 : Math.max(0, last - RECENT_IDS);
    }

    /** The result of walking the chain. */
    public record Result(long checked, long unsealed, ChainVerification.Break firstBreak) implements Serializable {
        public boolean intact() {
            return firstBreak == null;
        }
    }

    /** Walks the whole chain, a page at a time, and says where it breaks first, if it does. */
    @RolesAllowed(Roles.ADMIN)
    public Result verify() {
        return reported(walk());
    }

    /** The same walk for the daily check and the command, which run as no one. */
    @PermitAll
    public Result verifyAsSystem() {
        return reported(walk());
    }

    private Result reported(Result result) {
        health.verified(result, clock.now());
        return result;
    }

    private Result walk() {
        ChainVerification verification = new ChainVerification();
        Map<Long, Boolean> checkpoints = new HashMap<>();
        long from = 0;
        while (true) {
            List<AuditSeal> seals = em.createQuery(
                            "select s from AuditSeal s where s.position > :from order by s.position", AuditSeal.class)
                    .setParameter("from", from)
                    .setMaxResults(PAGE)
                    .getResultList();
            if (seals.isEmpty()) {
                break;
            }
            Map<Long, AuditEntry> entries = em.createQuery(
                            "select e from AuditEntry e where e.id in :ids", AuditEntry.class)
                    .setParameter(
                            "ids", seals.stream().map(AuditSeal::getEntryId).toList())
                    .getResultStream()
                    .collect(Collectors.toMap(AuditEntry::getId, Function.identity()));
            Map<Long, String> purged = purgedHashes(
                    seals.stream()
                            .map(AuditSeal::getEntryId)
                            .filter(id -> !entries.containsKey(id))
                            .toList(),
                    checkpoints);
            for (AuditSeal seal : seals) {
                if (!verification.next(seal, entries.get(seal.getEntryId()), purged.get(seal.getEntryId()))) {
                    return new Result(
                            verification.checked(),
                            unsealed(),
                            verification.firstBreak().orElseThrow());
                }
            }
            from = seals.get(seals.size() - 1).getPosition();
            em.clear();
        }
        return new Result(verification.checked(), unsealed(), null);
    }

    /**
     * The hashes of removed entries that a purge checkpoint with a valid signature accounts for; an entry under a
     * checkpoint that does not verify (forged, or its list changed) is left out, so the walk reports it.
     */
    private Map<Long, String> purgedHashes(List<Long> missing, Map<Long, Boolean> checkpoints) {
        if (missing.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> hashes = new HashMap<>();
        for (PurgedEntry purged : em.createQuery(
                        "select p from PurgedEntry p where p.entryId in :ids", PurgedEntry.class)
                .setParameter("ids", missing)
                .getResultList()) {
            if (checkpoints.computeIfAbsent(purged.getCheckpointId(), this::checkpointHolds)) {
                hashes.put(purged.getEntryId(), purged.getContentHash());
            }
        }
        return hashes;
    }

    private boolean checkpointHolds(long checkpointId) {
        PurgeCheckpoint checkpoint = em.find(PurgeCheckpoint.class, checkpointId);
        return checkpoint != null
                && checkpoint.covers(
                        em.createQuery("select p from PurgedEntry p where p.checkpointId = :c", PurgedEntry.class)
                                .setParameter("c", checkpointId)
                                .getResultList(),
                        key.key());
    }

    private long unsealed() {
        return em.createQuery(
                        "select count(e) from AuditEntry e where not exists"
                                + " (select s from AuditSeal s where s.entryId = e.id)",
                        Long.class)
                .getSingleResult();
    }
}
