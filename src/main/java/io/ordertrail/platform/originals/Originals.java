package io.ordertrail.platform.originals;

import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.SqlDialect;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps originals in the transaction of what they are about: the bytes once by their SHA-256, a link for each time
 * they arrive or leave, and an {@link OriginalWasKept} event for the audit trail.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Originals {

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    Event<OriginalWasKept> kept;

    @Inject
    InboundOriginal inbound;

    @Inject
    SqlDialect sql;

    /**
     * Keeps an original about something.
     *
     * @param subjectType what it is about: ORDER, CUSTOMER, ERP_PARTNER…
     * @param subjectId its identifier as staff quote it
     */
    public OriginalLink keep(
            OriginalKind kind, String subjectType, String subjectId, String mediaType, String fileName, byte[] bytes) {
        OriginalLink link = store(kind, subjectType, subjectId, mediaType, fileName, bytes);
        kept.fire(new OriginalWasKept(link));
        return link;
    }

    private OriginalLink store(
            OriginalKind kind, String subjectType, String subjectId, String mediaType, String fileName, byte[] bytes) {
        Instant now = clock.now();
        OriginalContent content = new OriginalContent(mediaType, bytes, now);
        keepOnce(content, bytes);
        OriginalLink link = new OriginalLink(content, kind, subjectType, subjectId, fileName, now);
        em.persist(link);
        return link;
    }

    /** The columns of the bytes kept once, in the order of {@link #keepOnce}'s parameters. */
    private static final List<String> CONTENT_COLUMNS =
            List.of("content_hash", "media_type", "size_bytes", "content", "first_kept_at");

    /**
     * The bytes once: one statement that stores them unless the same bytes are kept already, from an earlier time or
     * from a transaction storing them at this moment (the same request sent twice at once with its Idempotency-Key).
     * The caller's bytes are bound as they are, not copied again from the content.
     */
    private void keepOnce(OriginalContent content, byte[] bytes) {
        em.createNativeQuery(sql.insertUnlessPresent("original_content", "content_hash", CONTENT_COLUMNS))
                .setParameter(1, content.getContentHash())
                .setParameter(2, content.getMediaType())
                .setParameter(3, content.getSizeBytes())
                .setParameter(4, bytes)
                .setParameter(5, Timestamp.from(content.getFirstKeptAt()))
                .executeUpdate();
    }

    /**
     * Links what arrived with the current request or message, if anything did and it is not linked yet, to the
     * subject of the first change it caused. No event: the caller, the audit trail, names it in that change's entry.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OriginalLink> keepWhatArrived(String subjectType, String subjectId) {
        Optional<InboundOriginal.Arrived> what;
        try {
            what = inbound.take();
        } catch (ContextNotActiveException noRequest) { // a timer: nothing arrives with it
            return Optional.empty();
        }
        return what.map(arrived -> store(
                arrived.kind(), subjectType, subjectId, arrived.mediaType(), arrived.fileName(), arrived.bytes()));
    }

    /**
     * Keeps what arrived about something when it caused no change (a refused document), with an event so that the
     * trail has an entry of its own for it.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OriginalLink> keepWhatArrivedWithoutAChange(String subjectType, String subjectId) {
        Optional<OriginalLink> link = keepWhatArrived(subjectType, subjectId);
        link.ifPresent(l -> kept.fire(new OriginalWasKept(l)));
        return link;
    }

    /** The originals kept about something, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OriginalLink> about(String subjectType, String subjectId) {
        return em.createQuery(
                        "select l from OriginalLink l where l.subjectType = :t and l.subjectId = :i order by l.keptAt,"
                                + " l.id",
                        OriginalLink.class)
                .setParameter("t", subjectType)
                .setParameter("i", subjectId)
                .getResultList();
    }

    /** The bytes under a hash. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OriginalContent> content(String hash) {
        return Optional.ofNullable(em.find(OriginalContent.class, hash));
    }
}
