package io.ordertrail.erp.application;

import io.ordertrail.erp.domain.ErpRejection;
import io.ordertrail.security.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** The ERP documents refused lately, for the administrator: answered with a rejection, or dead-lettered. */
@Stateless
@DenyAll
public class ErpRejections {

    static final int MAX_LISTED = 200;

    @PersistenceContext
    EntityManager em;

    /** How many documents were refused since the instant. */
    @RolesAllowed(Roles.ADMIN)
    public long countSince(Instant since) {
        return em.createQuery("select count(r) from ErpRejection r where r.receivedAt >= :since", Long.class)
                .setParameter("since", since)
                .getSingleResult();
    }

    @RolesAllowed(Roles.ADMIN)
    public List<ErpRejection> recent() {
        return em.createQuery("select r from ErpRejection r order by r.receivedAt desc, r.id desc", ErpRejection.class)
                .setMaxResults(MAX_LISTED)
                .getResultList();
    }
}
