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
    public static final List<String> SUBJECT_TYPES =
            List.of("ORDER", "CUSTOMER", "PRODUCT", "STOCK", "USER", "ERP_PARTNER");

    @Inject
    AuditQueries queries;

    @Inject
    AuditSealing sealing;

    @Inject
    BusinessClock clock;

    private String subjectType;
    private String subjectId;
    private String actor;
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
                null,
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
