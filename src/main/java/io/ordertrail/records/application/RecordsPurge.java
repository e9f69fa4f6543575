package io.ordertrail.records.application;

import static io.ordertrail.platform.NativeParameters.bound;
import static io.ordertrail.platform.NativeParameters.marks;

import io.ordertrail.orders.domain.Order;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.Jsons;
import io.ordertrail.records.domain.AuditEntry;
import io.ordertrail.records.domain.PurgeCheckpoint;
import io.ordertrail.records.domain.PurgeProgress;
import io.ordertrail.records.domain.PurgedEntry;
import io.ordertrail.records.domain.RetentionPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The purge (SOP section 5), a chunk at a time, each in the batch step's transaction: what is past its retention
 * period and under no legal hold is archived, then deleted. An order goes with everything attached to it (lines,
 * versions, status changes, flags, special requests, notes, attachments, communications, reservations, fulfillment,
 * handover receipts, ERP and API records, originals, audit entries); its record is written to the archive directory
 * first. Removed audit entries leave their ids and hashes under a signed checkpoint, so the chain still verifies.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RecordsPurge {

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    RetentionSettings settings;

    @Inject
    OrderRecordWriter writer;

    @Inject
    RecordsKey key;

    @Inject
    AuditTrail trail;

    private RetentionPolicy policy() {
        return settings.policy();
    }

    /** Past its period and under no hold: none of the order's changes or communications is newer than the cut. */
    private static final String DUE = "not exists (select 1 from order_status_change s where s.order_id = o.id"
            + "   and s.changed_at >= ?)"
            + " and not exists (select 1 from order_version_record v where v.order_id = o.id and v.created_at >= ?)"
            + " and not exists (select 1 from communication m where m.order_number = o.order_number"
            + "   and m.created_at >= ?)"
            + " and not exists (select 1 from legal_hold h where h.lifted_at is null and"
            + "   ((h.subject_type = 'ORDER' and h.subject_id = o.order_number)"
            + "   or (h.subject_type = 'CUSTOMER' and h.subject_id = c.customer_number)))";

    /** Orders looked at by a slice: the last of them by id (-1 when there were none), and those that are due. */
    private record Window(long last, List<Long> due) {}

    /**
     * The next orders recorded before the cut-off after an id, at most {@code max}. The conditions are asked of these
     * few orders only, each through its indexes, so a slice costs the same at the millionth order as at the first.
     */
    private Window ordersDue(long afterId, int max) {
        java.sql.Timestamp cut = orderCut();
        List<?> rows = bound(
                        em.createNativeQuery("select o.id, case when " + DUE + " then 1 else 0 end from"
                                + " (select id, order_number, customer_id from customer_order"
                                + "   where id > ? and recorded_at < ? order by id fetch first " + max
                                + " rows only) o"
                                + " join customer c on c.id = o.customer_id order by o.id"),
                        List.of(cut, cut, cut, afterId, cut))
                .getResultList();
        if (rows.isEmpty()) {
            return new Window(-1, List.of());
        }
        List<Long> due = new ArrayList<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            if (((Number) columns[1]).intValue() == 1) {
                due.add(((Number) columns[0]).longValue());
            }
        }
        return new Window(((Number) ((Object[]) rows.get(rows.size() - 1))[0]).longValue(), due);
    }

    /** How many orders are past their period now, for the progress page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countOrdersDue() {
        java.sql.Timestamp cut = orderCut();
        return ((Number) bound(
                                em.createNativeQuery("select count(*) from customer_order o"
                                        + " join customer c on c.id = o.customer_id"
                                        + " where o.recorded_at < ? and " + DUE),
                                List.of(cut, cut, cut, cut))
                        .getSingleResult())
                .longValue();
    }

    /** The orders' cut-off as SQL takes it (native queries take SQL timestamps, as the InstantConverter stores). */
    private java.sql.Timestamp orderCut() {
        return java.sql.Timestamp.from(policy().orderCutOff(clock.now(), clock.zone()));
    }

    /** One slice of a run: the last id it looked at (-1 when there was nothing left), and how many it removed. */
    public record Slice(long lastId, int purged) {
        public boolean done() {
            return lastId < 0;
        }
    }

    /**
     * Archives and deletes the orders past their period among the next {@code max} after {@code afterId}, in a
     * transaction of their own, and counts them for the run.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Slice purgeNextOrders(long afterId, int max, long run) {
        Window window = ordersDue(afterId, max);
        int purged = window.due().isEmpty() ? 0 : purgeOrders(window.due(), run);
        if (purged > 0) {
            progress(run).purgedOrders(purged, clock.now());
        }
        return new Slice(window.last(), purged);
    }

    /** The same for audit entries about anything but orders. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Slice purgeNextEntries(long afterId, int max, long run) {
        List<Long> ids = entriesDue(afterId, max);
        if (ids.isEmpty()) {
            return new Slice(-1, 0);
        }
        int purged = purgeEntries(ids, run);
        progress(run).purgedEntries(purged, clock.now());
        return new Slice(ids.get(ids.size() - 1), purged);
    }

    /** The run's counts, started when it first asks. */
    PurgeProgress progress(long run) {
        PurgeProgress progress = em.find(PurgeProgress.class, run);
        if (progress == null) {
            progress = new PurgeProgress(run, clock.now());
            em.persist(progress);
        }
        return progress;
    }

    /**
     * Archives and deletes these orders, found due in the current transaction ({@link #purgeNextOrders}); returns
     * how many were purged.
     */
    public int purgeOrders(List<Long> ids, long run) {
        List<String> numbers = new ArrayList<>();
        for (Long id : ids) {
            Order order = em.find(Order.class, id);
            archive(order);
            numbers.add(order.getOrderNumber().value());
            em.clear();
        }
        List<AuditEntry> entries = em.createQuery(
                        "select e from AuditEntry e where e.subjectType = 'ORDER' and e.subjectId in :numbers"
                                + " and exists (select s from AuditSeal s where s.entryId = e.id) order by e.id",
                        AuditEntry.class)
                .setParameter("numbers", numbers)
                .getResultList();
        removeUnderCheckpoint(entries, run);
        deleteOrders(ids, numbers);
        return ids.size();
    }

    /** The next audit entries about anything but orders, past their period and under no hold, after an id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> entriesDue(long afterId, int max) {
        Instant cut = policy().auditCutOff(clock.now(), clock.zone());
        return em.createQuery(
                        "select e.id from AuditEntry e where e.id > :after and e.recordedAt < :cut"
                                + " and e.subjectType <> 'ORDER'"
                                + " and exists (select s from AuditSeal s where s.entryId = e.id)"
                                + " and not exists (select h from LegalHold h where h.liftedAt is null"
                                + "   and h.subjectType = io.ordertrail.records.domain.LegalHold.On.CUSTOMER"
                                + "   and e.subjectType = 'CUSTOMER' and h.subjectId = e.subjectId)"
                                + " order by e.id",
                        Long.class)
                .setParameter("after", afterId)
                .setParameter("cut", cut)
                .setMaxResults(max)
                .getResultList();
    }

    /** Archives these audit entries (one CSV per chunk) and deletes them under a signed checkpoint. */
    public int purgeEntries(List<Long> entryIds, long run) {
        if (entryIds.isEmpty()) {
            return 0;
        }
        List<AuditEntry> entries = em.createQuery(
                        "select e from AuditEntry e where e.id in :ids order by e.id", AuditEntry.class)
                .setParameter("ids", entryIds)
                .getResultList();
        writeArchive(
                Path.of(
                        "audit",
                        "entries-" + entries.get(0).getId() + "-"
                                + entries.get(entries.size() - 1).getId() + ".csv"),
                out -> out.write(AuditCsv.of(entries, seals(entries))));
        removeUnderCheckpoint(entries, run);
        return entries.size();
    }

    /** The run's one audit entry: what it purged, under which periods; returns the counts for the exit status. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String reportRun(long run) {
        RetentionPolicy policy = policy();
        java.util.Map<String, Long> counts = progress(run).counts();
        jakarta.json.JsonObjectBuilder purged = Jsons.object();
        counts.forEach(purged::add);
        trail.record(
                "RECORDS_PURGED",
                "RETENTION",
                "run " + run,
                Jsons.object()
                        .add("purged", purged)
                        .add("orderMonths", policy.orderMonths())
                        .add("auditMonths", policy.auditMonths())
                        .add("outboxDays", policy.outboxDays())
                        .add("receiptDays", policy.receiptDays())
                        .add("archive", settings.archiveDirectory().toString())
                        .build()
                        .toString());
        return counts.toString();
    }

    /** What a run has purged so far; empty before its first slice. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<PurgeProgress> progressOf(long run) {
        return java.util.Optional.ofNullable(em.find(PurgeProgress.class, run));
    }

    /** Deletes sent outbox messages past their period, a batch at a time; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeSentOutbox(int max, long run) {
        int n = deleteBatch("outbox_message", "sent_at", policy().outboxCutOff(clock.now(), clock.zone()), max);
        progress(run).purgedOutbox(n, clock.now());
        return n;
    }

    /** Deletes handover receipts and failures past their period, a batch at a time; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeHandoverReceipts(int max, long run) {
        Instant cut = policy().receiptCutOff(clock.now(), clock.zone());
        int n = deleteBatch("handover_receipt", "received_at", cut, max)
                + deleteBatch("handover_failure", "failed_at", cut, max);
        progress(run).purgedReceipts(n, clock.now());
        return n;
    }

    /** Originals about anything but orders (refused ERP documents, answers to them) past the trail's period. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purgeOtherOriginals(int max, long run) {
        java.sql.Timestamp cut = java.sql.Timestamp.from(policy().auditCutOff(clock.now(), clock.zone()));
        List<?> hashes = em.createNativeQuery(
                        "select distinct content_hash from original_link where subject_type <> 'ORDER' and kept_at < ?")
                .setParameter(1, cut)
                .setMaxResults(max)
                .getResultList();
        int deleted = 0;
        for (Object hash : hashes) {
            deleted += em.createNativeQuery(
                            "delete from original_link where subject_type <> 'ORDER' and kept_at < ? and content_hash = ?")
                    .setParameter(1, cut)
                    .setParameter(2, hash)
                    .executeUpdate();
            deleteContentIfUnlinked(List.of(hash));
        }
        progress(run).purgedOriginals(deleted, clock.now());
        return deleted;
    }

    private int deleteBatch(String table, String column, Instant cut, int max) {
        List<?> ids = em.createNativeQuery("select id from " + table + " where " + column + " < ? order by id")
                .setParameter(1, java.sql.Timestamp.from(cut))
                .setMaxResults(max)
                .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        return deleteIds(table, ids);
    }

    private int deleteIds(String table, List<?> ids) {
        return bound(
                        em.createNativeQuery("delete from " + table + " where id in (" + marks(ids.size()) + ")"),
                        ids.stream().map(id -> ((Number) id).longValue()).toList())
                .executeUpdate();
    }

    private java.util.Map<Long, io.ordertrail.records.domain.AuditSeal> seals(List<AuditEntry> entries) {
        return em.createQuery(
                        "select s from AuditSeal s where s.entryId in :ids",
                        io.ordertrail.records.domain.AuditSeal.class)
                .setParameter("ids", entries.stream().map(AuditEntry::getId).toList())
                .getResultStream()
                .collect(java.util.stream.Collectors.toMap(
                        io.ordertrail.records.domain.AuditSeal::getEntryId, java.util.function.Function.identity()));
    }

    /**
     * Removes audit entries past their period: first a checkpoint signed over their ids and hashes, then what it
     * lists, then the entries (the database lets an entry go only when it is listed).
     */
    private void removeUnderCheckpoint(List<AuditEntry> entries, long run) {
        if (entries.isEmpty()) {
            return;
        }
        PurgeCheckpoint checkpoint = new PurgeCheckpoint(run, clock.now());
        em.persist(checkpoint);
        List<PurgedEntry> purged = new ArrayList<>();
        for (AuditEntry entry : entries) {
            purged.add(new PurgedEntry(entry, checkpoint.getId()));
        }
        checkpoint.sign(purged, key.key());
        em.flush();
        purged.forEach(em::persist);
        em.flush();
        entries.forEach(em::remove);
        em.flush();
    }

    /** Deletes the orders and everything attached to them, a statement per table for the whole slice. */
    private void deleteOrders(List<Long> ids, List<String> numbers) {
        String byId = marks(ids.size());
        String byNumber = marks(numbers.size());
        List<?> hashes = bound(
                        em.createNativeQuery("select distinct content_hash from original_link"
                                + " where subject_type = 'ORDER' and subject_id in (" + byNumber + ")"),
                        numbers)
                .getResultList();
        String[] byOrderId = {
            "delete from order_attachment_content where attachment_id in"
                    + " (select a.id from order_attachment a where a.order_id in (" + byId + "))",
            "delete from order_attachment where order_id in (" + byId + ")",
            "delete from order_note where order_id in (" + byId + ")",
            "delete from order_search where order_id in (" + byId + ")",
            "delete from order_flag where order_id in (" + byId + ")",
            "delete from special_request where order_id in (" + byId + ")",
            "delete from order_version_record where order_id in (" + byId + ")",
            "delete from order_status_change where order_id in (" + byId + ")",
            "delete from order_line where order_id in (" + byId + ")",
        };
        for (String sql : byOrderId) {
            bound(em.createNativeQuery(sql), ids).executeUpdate();
        }
        String[] byOrderNumber = {
            "delete from stock_reservation where order_number in (" + byNumber + ")",
            "delete from communication where order_number in (" + byNumber + ")",
            "delete from fulfillment_step where task_id in"
                    + " (select t.id from fulfillment_task t where t.order_number in (" + byNumber + "))",
            "delete from fulfillment_task where order_number in (" + byNumber + ")",
            "delete from handover_receipt where order_number in (" + byNumber + ")",
            "delete from erp_document where order_number in (" + byNumber + ")",
            "delete from api_idempotency where order_number in (" + byNumber + ")",
            "delete from staff_notification where order_number in (" + byNumber + ")",
            "delete from original_link where subject_type = 'ORDER' and subject_id in (" + byNumber + ")",
        };
        for (String sql : byOrderNumber) {
            bound(em.createNativeQuery(sql), numbers).executeUpdate();
        }
        bound(em.createNativeQuery("delete from customer_order where id in (" + byId + ")"), ids)
                .executeUpdate();
        deleteContentIfUnlinked(hashes);
    }

    /** Deletes the contents with these hashes that no link names any more, in one statement. */
    private void deleteContentIfUnlinked(List<?> hashes) {
        if (hashes.isEmpty()) {
            return;
        }
        bound(
                        em.createNativeQuery("delete from original_content where content_hash in ("
                                + marks(hashes.size()) + ") and not exists (select 1 from original_link l"
                                + " where l.content_hash = original_content.content_hash)"),
                        hashes)
                .executeUpdate();
    }

    /** The order's record in the archive: {@code orders/(year recorded)/(number).zip}, written whole or not at all. */
    private void archive(Order order) {
        String number = order.getOrderNumber().value();
        writeArchive(
                Path.of(
                        "orders",
                        String.valueOf(clock.local(order.getRecordedAt()).getYear()),
                        number + ".zip"),
                out -> writer.write(order, "the retention purge", out));
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private void writeArchive(Path relative, Content content) {
        Path target = settings.archiveDirectory().resolve(relative);
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(
                    target.getParent(), target.getFileName().toString(), ".partial");
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                content.writeTo(out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not write " + target + " to the archive, so nothing was purged: " + e.getMessage(), e);
        }
    }
}
