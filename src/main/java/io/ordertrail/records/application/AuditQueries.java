package io.ordertrail.records.application;

import io.ordertrail.records.domain.AuditEntry;
import io.ordertrail.records.domain.AuditSeal;
import io.ordertrail.security.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** Searching the audit trail: by the entity (an order, a customer…), who, what kind, and a time range. */
@Stateless
@DenyAll
public class AuditQueries {

    @PersistenceContext
    EntityManager em;

    /** What the trail is searched by; every part is optional. */
    public record Search(String subjectType, String subjectId, String actor, String kind, Instant from, Instant to)
            implements Serializable {}

    /** A page of the matching entries, newest first. */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public List<AuditEntry> page(Search search, int first, int size) {
        return where(search, "select e from AuditEntry e", " order by e.recordedAt desc, e.id desc", AuditEntry.class)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    /**
     * The matching entries with ids below {@code beforeId}, newest first, with their seals: the CSV export reads the
     * whole result this way, a page at a time, however many entries match.
     */
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public List<Sealed> before(Search search, long beforeId, int size) {
        List<AuditEntry> entries = where(
                        search,
                        "select e from AuditEntry e",
                        " and e.id < :before order by e.id desc",
                        AuditEntry.class)
                .setParameter("before", beforeId)
                .setMaxResults(size)
                .getResultList();
        if (entries.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, AuditSeal> seals = em.createQuery(
                        "select s from AuditSeal s where s.entryId in :ids", AuditSeal.class)
                .setParameter("ids", entries.stream().map(AuditEntry::getId).toList())
                .getResultStream()
                .collect(java.util.stream.Collectors.toMap(AuditSeal::getEntryId, seal -> seal));
        em.clear();
        return entries.stream().map(e -> new Sealed(e, seals.get(e.getId()))).toList();
    }

    /** An entry with its seal (null while it is not sealed yet). */
    public record Sealed(AuditEntry entry, AuditSeal seal) {}

    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    public long count(Search search) {
        return where(search, "select count(e) from AuditEntry e", "", Long.class)
                .getSingleResult();
    }

    private <T> TypedQuery<T> where(Search s, String select, String orderBy, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" where 1 = 1");
        if (present(s.subjectType())) {
            jpql.append(" and e.subjectType = :subjectType");
        }
        if (present(s.subjectId())) {
            jpql.append(" and e.subjectId = :subjectId");
        }
        if (present(s.actor())) {
            jpql.append(" and e.actor = :actor");
        }
        if (present(s.kind())) {
            jpql.append(" and e.kind = :kind");
        }
        if (s.from() != null) {
            jpql.append(" and e.recordedAt >= :from");
        }
        if (s.to() != null) {
            jpql.append(" and e.recordedAt < :to");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(orderBy).toString(), type);
        if (present(s.subjectType())) {
            query.setParameter("subjectType", s.subjectType());
        }
        if (present(s.subjectId())) {
            query.setParameter("subjectId", s.subjectId().trim());
        }
        if (present(s.actor())) {
            query.setParameter("actor", s.actor().trim());
        }
        if (present(s.kind())) {
            query.setParameter("kind", s.kind());
        }
        if (s.from() != null) {
            query.setParameter("from", s.from());
        }
        if (s.to() != null) {
            query.setParameter("to", s.to());
        }
        return query;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
