package io.ordertrail.records.web;

import io.ordertrail.platform.BusinessClock;
import io.ordertrail.records.application.AuditQueries;
import io.ordertrail.records.application.AuditSealing;
import io.ordertrail.records.domain.AuditEntry;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit trail page: entries by entity, person, kind and days, newest first; the ADMIN verifies the chain. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The kinds of entity the trail records, for the search menu. */
    public static final List<String> SUBJECT_TYPES = List.of(
            "ORDER",
            "CUSTOMER",
            "PRODUCT",
            "TAX_CATEGORY",
            "STOCK",
            "USER",
            "ERP_PARTNER",
            "ERP_SENDER",
            "IMPORT",
            "DEAD_LETTER",
            "RETENTION");

    @Inject
    AuditQueries queries;

    @Inject
    AuditSealing sealing;

    @Inject
    BusinessClock clock;

    private String subjectType;
    private String subjectId;
    private String actor;
    private String kind;
    private LocalDate from;
    private LocalDate to;
    private AuditSealing.Result verification;

    private final LazyDataModel<AuditEntry> entries = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(queries.count(search()));
        }

        @Override
        public List<AuditEntry> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return queries.page(search(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return String.valueOf(entry.getId());
        }
    };

    private AuditQueries.Search search() {
        return new AuditQueries.Search(
                subjectType,
                subjectId,
                actor,
                kind,
                from == null ? null : from.atStartOfDay(clock.zone()).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(clock.zone()).toInstant());
    }

    public void verify() {
        verification = sealing.verify();
    }

    public LazyDataModel<AuditEntry> getEntries() {
        return entries;
    }

    public List<String> getSubjectTypes() {
        return SUBJECT_TYPES;
    }

    public AuditSealing.Result getVerification() {
        return verification;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public void setSubjectType(String subjectType) {
        this.subjectType = subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(String subjectId) {
        this.subjectId = subjectId;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    /** The kinds of change the trail records, for the search menu. */
    public static final List<String> KINDS = List.of(
            "ORDER_RECORDED",
            "ORDER_AMENDED",
            "ORDER_CANCELLED",
            "ORDER_CONFIRMED",
            "ORDER_PROMISE_REVISED",
            "ORDER_AVAILABILITY_CHECKED",
            "SPECIAL_REQUEST_DECIDED",
            "NOTE_ADDED",
            "HANDOVER_RECEIVED",
            "FULFILLMENT_STEP",
            "CUSTOMER_CHANGED",
            "PRODUCT_ADDED",
            "PRODUCT_CHANGED",
            "TAX_CATEGORY_CHANGED",
            "STOCK_MOVED",
            "REPLENISHMENT_CHANGED",
            "ACCOUNT_CHANGED",
            "SIGN_IN",
            "ERP_PARTNER_CHANGED",
            "ORIGINAL_RECEIVED",
            "ORIGINAL_SENT",
            "LEGAL_HOLD_PLACED",
            "LEGAL_HOLD_LIFTED",
            "ORDER_RECORD_EXPORTED",
            "RECORDS_PURGED");

    public List<String> getKinds() {
        return KINDS;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    /** The CSV export of the current search, as a link (parameters of the download). */
    public String getCsvQuery() {
        StringBuilder q = new StringBuilder();
        param(q, "type", subjectType);
        param(q, "id", subjectId);
        param(q, "actor", actor);
        param(q, "kind", kind);
        param(q, "from", from == null ? null : from.toString());
        param(q, "to", to == null ? null : to.toString());
        return q.toString();
    }

    private static void param(StringBuilder q, String name, String value) {
        if (value != null && !value.isBlank()) {
            q.append(q.isEmpty() ? "?" : "&")
                    .append(name)
                    .append('=')
                    .append(java.net.URLEncoder.encode(value.strip(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
