package io.ordertrail.records.application;

import io.ordertrail.records.domain.AuditEntry;
import io.ordertrail.records.domain.AuditSeal;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Audit entries as CSV (RFC 4180, UTF-8), with their hashes and places in the chain: for exports and the archive. */
public final class AuditCsv {

    private AuditCsv() {}

    /** A printer that has written the header row. */
    public static CSVPrinter printer(Appendable out) throws IOException {
        return new CSVPrinter(
                out,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(
                                "entry",
                                "recorded_at",
                                "actor",
                                "origin",
                                "kind",
                                "subject_type",
                                "subject_id",
                                "content",
                                "sha256",
                                "chain_position",
                                "chain_hash")
                        .get());
    }

    /** One entry as a row; its seal may be null (not sealed yet). */
    public static void print(CSVPrinter printer, AuditEntry e, AuditSeal seal) throws IOException {
        printer.printRecord(
                e.getId(),
                e.getRecordedAt(),
                e.getActor(),
                e.getOrigin(),
                e.getKind(),
                e.getSubjectType(),
                e.getSubjectId(),
                e.getContent(),
                e.getContentHash(),
                seal == null ? "" : seal.getPosition(),
                seal == null ? "(not sealed yet)" : seal.getChainHash());
    }

    public static byte[] of(List<AuditEntry> entries, Map<Long, AuditSeal> seals) {
        StringWriter csv = new StringWriter();
        try (CSVPrinter printer = printer(csv)) {
            for (AuditEntry e : entries) {
                print(printer, e, seals.get(e.getId()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the audit entries as CSV", e);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
