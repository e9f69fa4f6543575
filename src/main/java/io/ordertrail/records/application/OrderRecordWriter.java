package io.ordertrail.records.application;

import io.ordertrail.communication.domain.Communication;
import io.ordertrail.handover.domain.HandoverReceipt;
import io.ordertrail.orders.domain.AttachmentContent;
import io.ordertrail.orders.domain.Order;
import io.ordertrail.orders.domain.OrderAttachment;
import io.ordertrail.orders.domain.OrderLine;
import io.ordertrail.orders.domain.OrderNote;
import io.ordertrail.orders.domain.OrderVersion;
import io.ordertrail.orders.domain.SpecialRequest;
import io.ordertrail.orders.domain.StatusChange;
import io.ordertrail.orders.domain.TaxBreakdown;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.Jsons;
import io.ordertrail.platform.Sha256;
import io.ordertrail.platform.TextPdf;
import io.ordertrail.platform.originals.OriginalContent;
import io.ordertrail.platform.originals.OriginalLink;
import io.ordertrail.platform.originals.Originals;
import io.ordertrail.records.domain.AuditEntry;
import io.ordertrail.records.domain.AuditSeal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The full record of one order as one ZIP, for an auditor or a dispute, and for the purge's archive (SOP section 5):
 *
 * <ul>
 *   <li>{@code record.pdf}: the order, its versions, status changes, special requests, communications, handovers,
 *       notes and audit entries, to read;
 *   <li>{@code audit-trail.csv}: the order's audit entries with their hashes and places in the chain;
 *   <li>{@code originals/}: the exact bytes that arrived and left (ERP documents, API requests, email files,
 *       confirmations as sent, OrderResponses), and {@code attachments/}: files staff attached;
 *   <li>{@code manifest.json} and {@code SHA256SUMS}: every other file with its SHA-256 and size
 *       ({@code sha256sum -c SHA256SUMS} checks them).
 * </ul>
 */
@ApplicationScoped
public class OrderRecordWriter {

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    Originals originals;

    /** Writes the order's record as a ZIP; the stream is finished, not closed. */
    public void write(Order order, String exportedBy, OutputStream out) {
        String number = order.getOrderNumber().value();
        List<AuditEntry> entries = em.createQuery(
                        "select e from AuditEntry e where e.subjectType = 'ORDER' and e.subjectId = :n order by e.id",
                        AuditEntry.class)
                .setParameter("n", number)
                .getResultList();
        Map<Long, AuditSeal> seals = entries.isEmpty()
                ? Map.of()
                : em.createQuery("select s from AuditSeal s where s.entryId in :ids", AuditSeal.class)
                        .setParameter(
                                "ids", entries.stream().map(AuditEntry::getId).toList())
                        .getResultStream()
                        .collect(Collectors.toMap(AuditSeal::getEntryId, Function.identity()));
        List<OriginalLink> originals = this.originals.about("ORDER", number);
        List<OrderAttachment> attachments = em.createQuery(
                        "select a from OrderAttachment a where a.order = :o order by a.uploadedAt, a.id",
                        OrderAttachment.class)
                .setParameter("o", order)
                .getResultList();

        List<Map.Entry<String, String>> manifest = new ArrayList<>(); // path -> what
        List<String[]> sums = new ArrayList<>(); // path, sha256, bytes
        try {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            put(
                    zip,
                    "record.pdf",
                    TextPdf.render(
                            "Order " + number + ": full record",
                            summary(order, entries, originals, attachments, exportedBy)),
                    "the record to read",
                    manifest,
                    sums);
            put(zip, "audit-trail.csv", AuditCsv.of(entries, seals), "the order's audit entries", manifest, sums);
            int n = 0;
            for (OriginalLink link : originals) {
                OriginalContent content =
                        this.originals.content(link.getContentHash()).orElseThrow();
                String path = String.format(
                        "originals/%02d-%s-%s", ++n, link.getKind().name().toLowerCase(), safe(link.getFileName()));
                put(
                        zip,
                        path,
                        content.getContent(),
                        link.getKind().direction() + " " + link.getKeptAt() + ", " + link.getMediaType(),
                        manifest,
                        sums);
            }
            n = 0;
            for (OrderAttachment attachment : attachments) {
                AttachmentContent content = em.find(AttachmentContent.class, attachment.getId());
                put(
                        zip,
                        String.format("attachments/%02d-%s", ++n, safe(attachment.getFileName())),
                        content.getContent(),
                        "attached by " + attachment.getUploadedBy() + " " + attachment.getUploadedAt(),
                        manifest,
                        sums);
            }
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(manifestJson(number, exportedBy, manifest, sums).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            StringBuilder sha256sums = new StringBuilder();
            for (String[] sum : sums) {
                sha256sums.append(sum[1]).append("  ").append(sum[0]).append('\n');
            }
            zip.putNextEntry(new ZipEntry("SHA256SUMS"));
            zip.write(sha256sums.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the record of order " + number + ": " + e.getMessage(), e);
        }
    }

    private static void put(
            ZipOutputStream zip,
            String path,
            byte[] bytes,
            String what,
            List<Map.Entry<String, String>> manifest,
            List<String[]> sums)
            throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        zip.write(bytes);
        zip.closeEntry();
        manifest.add(Map.entry(path, what));
        sums.add(new String[] {path, Sha256.hex(bytes), String.valueOf(bytes.length)});
    }

    private String manifestJson(
            String number, String exportedBy, List<Map.Entry<String, String>> manifest, List<String[]> sums) {
        JsonArrayBuilder files = Jsons.array();
        for (int i = 0; i < sums.size(); i++) {
            files.add(Jsons.object()
                    .add("path", sums.get(i)[0])
                    .add("sha256", sums.get(i)[1])
                    .add("bytes", Long.parseLong(sums.get(i)[2]))
                    .add("what", manifest.get(i).getValue()));
        }
        return Jsons.object()
                .add("order", number)
                .add("exportedAt", clock.now().toString())
                .add("exportedBy", exportedBy)
                .add("files", files)
                .build()
                .toString();
    }

    private String summary(
            Order order,
            List<AuditEntry> entries,
            List<OriginalLink> originals,
            List<OrderAttachment> attachments,
            String exportedBy) {
        String number = order.getOrderNumber().value();
        StringBuilder t = new StringBuilder();
        t.append("Exported ")
                .append(at(clock.now()))
                .append(" by ")
                .append(exportedBy)
                .append('\n');
        t.append("Customer: ")
                .append(order.getCustomer().getName())
                .append(" (")
                .append(order.getCustomer().getCustomerNumber())
                .append(")\n");
        t.append("Channel: ")
                .append(order.getChannel())
                .append("   Status: ")
                .append(order.getStatus().getLabel())
                .append("   Version: ")
                .append(order.getOrderVersion())
                .append("   Confirmed version: ")
                .append(order.getConfirmedVersion())
                .append('\n');
        t.append("Recorded ")
                .append(at(order.getRecordedAt()))
                .append(" by ")
                .append(order.getRecordedBy())
                .append('\n');
        if (order.getPurchaseOrderReference() != null) {
            t.append("Purchase order: ")
                    .append(order.getPurchaseOrderReference())
                    .append('\n');
        }
        TaxBreakdown amounts = order.getTaxBreakdown();
        t.append("Currency: ")
                .append(order.getCurrencyCode())
                .append(", VAT: ")
                .append(order.getVatTreatment().getLabel())
                .append('\n');
        t.append("Net total: ").append(amounts.net()).append('\n');
        for (TaxBreakdown.Subtotal s : amounts.subtotals()) {
            t.append("VAT ")
                    .append(s.category())
                    .append(' ')
                    .append(s.ratePercent().toPlainString())
                    .append(" % on ")
                    .append(s.taxable())
                    .append(": ")
                    .append(s.tax())
                    .append(s.reason() == null ? "" : " (" + s.reason() + ")")
                    .append('\n');
        }
        t.append("Gross total: ").append(amounts.gross()).append('\n');
        for (OrderLine line : order.getLines()) {
            t.append("  ")
                    .append(line.getLineNumber())
                    .append(". ")
                    .append(line.getProductCode())
                    .append(' ')
                    .append(line.getProductName())
                    .append(" x ")
                    .append(line.getQuantity())
                    .append(" @ ")
                    .append(line.getUnitPrice())
                    .append(" = ")
                    .append(line.getLineTotal())
                    .append('\n');
        }
        section(t, "Versions");
        for (OrderVersion v : order.getVersions()) {
            t.append("v")
                    .append(v.getVersion())
                    .append("  ")
                    .append(at(v.getCreatedAt()))
                    .append("  by ")
                    .append(v.getCreatedBy());
            v.getReason().ifPresent(r -> t.append("  reason: ").append(v.getReasonLabel()));
            if (v.getRequestedBy() != null) {
                t.append("  requested by ").append(v.getRequestedBy());
            }
            t.append('\n');
            for (String change : v.getChanges()) {
                t.append("    ").append(change).append('\n');
            }
        }
        section(t, "Status changes");
        for (StatusChange c : order.getStatusChanges()) {
            t.append(at(c.getChangedAt()))
                    .append("  ")
                    .append(c.getFrom() == null ? "-" : c.getFrom().getLabel())
                    .append(" -> ")
                    .append(c.getTo().getLabel())
                    .append("  by ")
                    .append(c.getChangedBy());
            if (c.getReason() != null) {
                t.append("  (").append(c.getReason()).append(')');
            }
            t.append('\n');
        }
        section(t, "Special requests");
        for (SpecialRequest r : order.getSpecialRequests()) {
            t.append(at(r.getCreatedAt()))
                    .append("  ")
                    .append(r.getType().getLabel())
                    .append(": ")
                    .append(r.getDetails())
                    .append("  by ")
                    .append(r.getCreatedBy())
                    .append("  -> ")
                    .append(r.getStatus().getLabel());
            if (r.getDecidedBy() != null) {
                t.append(" by ").append(r.getDecidedBy()).append(' ').append(at(r.getDecidedAt()));
            }
            if (r.getDecisionReason() != null) {
                t.append(" (").append(r.getDecisionReason()).append(')');
            }
            t.append('\n');
        }
        section(t, "Communications");
        for (Communication c : em.createQuery(
                        "select c from Communication c where c.orderNumber = :n order by c.createdAt, c.id",
                        Communication.class)
                .setParameter("n", number)
                .getResultList()) {
            t.append(at(c.getCreatedAt()))
                    .append("  ")
                    .append(c.getKind())
                    .append(" v")
                    .append(c.getOrderVersion())
                    .append(" by ")
                    .append(c.getChannel())
                    .append(" to ")
                    .append(c.getRecipient())
                    .append("  ")
                    .append(c.getStatus());
            if (c.getSentAt() != null) {
                t.append(" ").append(at(c.getSentAt()));
            }
            t.append("  \"").append(c.getSubject()).append("\"\n");
        }
        section(t, "Handovers");
        for (HandoverReceipt r : em.createQuery(
                        "select r from HandoverReceipt r where r.orderNumber = :n order by r.receivedAt, r.id",
                        HandoverReceipt.class)
                .setParameter("n", number)
                .getResultList()) {
            t.append(at(r.getReceivedAt()))
                    .append("  ")
                    .append(r.getTeam())
                    .append(" received ")
                    .append(r.getMessageType())
                    .append(" v")
                    .append(r.getOrderVersion());
            if (r.getAcknowledgedBy() != null) {
                t.append(", acknowledged by ")
                        .append(r.getAcknowledgedBy())
                        .append(' ')
                        .append(at(r.getAcknowledgedAt()));
            }
            t.append('\n');
        }
        section(t, "Notes");
        for (OrderNote note : em.createQuery(
                        "select n from OrderNote n where n.order = :o order by n.writtenAt, n.id", OrderNote.class)
                .setParameter("o", order)
                .getResultList()) {
            t.append(at(note.getWrittenAt()))
                    .append("  ")
                    .append(note.getWrittenBy())
                    .append(" to ")
                    .append(note.getAddressedTo())
                    .append(": ")
                    .append(note.getText())
                    .append('\n');
        }
        section(t, "Originals and attachments (in the ZIP, with their SHA-256 in SHA256SUMS)");
        for (OriginalLink l : originals) {
            t.append(at(l.getKeptAt()))
                    .append("  ")
                    .append(l.getKind())
                    .append(' ')
                    .append(l.getKind().direction())
                    .append("  ")
                    .append(l.getFileName())
                    .append("  ")
                    .append(l.getSizeBytes())
                    .append(" bytes  ")
                    .append(l.getContentHash())
                    .append('\n');
        }
        for (OrderAttachment a : attachments) {
            t.append(at(a.getUploadedAt()))
                    .append("  attachment  ")
                    .append(a.getFileName())
                    .append("  ")
                    .append(a.getSizeBytes())
                    .append(" bytes  ")
                    .append(a.getSha256())
                    .append('\n');
        }
        section(t, "Audit trail (" + entries.size() + " entries; full content in audit-trail.csv)");
        for (AuditEntry e : entries) {
            t.append(at(e.getRecordedAt()))
                    .append("  ")
                    .append(e.getKind())
                    .append("  by ")
                    .append(e.getActor());
            if (e.getOrigin() != null) {
                t.append(" from ").append(e.getOrigin());
            }
            t.append('\n');
        }
        return t.toString();
    }

    private static void section(StringBuilder t, String title) {
        t.append('\n').append(title).append('\n');
    }

    private String at(Instant instant) {
        return instant == null
                ? "-"
                : clock.local(instant).withNano(0).toString().replace('T', ' ');
    }

    private static String safe(String fileName) {
        return fileName.replaceAll("[^A-Za-z0-9._-]+", "_");
    }
}
