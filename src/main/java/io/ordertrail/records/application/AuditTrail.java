package io.ordertrail.records.application;

import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.Jsons;
import io.ordertrail.platform.originals.OriginalLink;
import io.ordertrail.platform.originals.Originals;
import io.ordertrail.records.domain.AuditEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes the audit trail, in the transaction of the change it records: a change that rolls back leaves no entry,
 * and a committed one always has its entry. Who and from where come from the request or message being handled.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    AuditContext context;

    @Inject
    Originals originals;

    /**
     * Off only to measure what the trail costs (the benchmark in src/bench); refused at start-up outside the demo
     * set-up ({@code RetentionSchedule}).
     */
    @Inject
    @ConfigProperty(name = "ordertrail.records.audit-trail", defaultValue = "true")
    boolean enabled;

    /**
     * @param kind        what happened, such as ORDER_RECORDED
     * @param subjectType the kind of entity: ORDER, CUSTOMER, PRODUCT, STOCK, USER, ERP_PARTNER…
     * @param subjectId   the entity's identifier as staff quote it
     * @param content     the change: the event's content, or before and after, as JSON
     */
    public AuditEntry record(String kind, String subjectType, String subjectId, String content) {
        if (!enabled) {
            return null;
        }
        // the document, request or email that caused this change is kept, and the entry names it by its hash
        String withOriginal = originals
                .keepWhatArrived(subjectType, subjectId)
                .map(link -> withOriginal(content, link))
                .orElse(content);
        return record(context.actor(), context.origin(), kind, subjectType, subjectId, withOriginal);
    }

    /** The change's JSON with the original that caused it: {"original": {"kind", "sha256", "bytes", ...}}. */
    private static String withOriginal(String content, OriginalLink link) {
        JsonObjectBuilder json = Jsons.object();
        Jsons.parse(content).forEach(json::add);
        return json.add(
                        "original",
                        Jsons.object()
                                .add("kind", link.getKind().name())
                                .add("sha256", link.getContentHash())
                                .add("mediaType", link.getMediaType())
                                .add("bytes", link.getSizeBytes())
                                .add("fileName", link.getFileName()))
                .build()
                .toString();
    }

    /** An entry whose actor and origin the event itself knows, such as a sign-in's user name and address. */
    public AuditEntry record(
            String actor, String origin, String kind, String subjectType, String subjectId, String content) {
        if (!enabled) {
            return null;
        }
        AuditEntry entry = new AuditEntry(clock.now(), actor, origin, kind, subjectType, subjectId, content);
        em.persist(entry);
        return entry;
    }
}
