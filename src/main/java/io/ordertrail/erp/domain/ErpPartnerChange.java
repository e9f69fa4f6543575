package io.ordertrail.erp.domain;

import io.ordertrail.platform.SequencedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change to an ERP partner, by whom and when: kept for good. */
@Entity
@Table(name = "erp_partner_change")
public class ErpPartnerChange extends SequencedEntity {

    @Column(nullable = false, updatable = false)
    private String partner;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private String changedBy;

    @Column(name = "what_changed", nullable = false, updatable = false)
    private String change;

    protected ErpPartnerChange() {}

    public ErpPartnerChange(String partner, Instant changedAt, String changedBy, String change) {
        this.partner = partner;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.change = change.length() > 1000 ? change.substring(0, 999) + "…" : change;
    }

    public String getPartner() {
        return partner;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getChange() {
        return change;
    }
}
