package io.ordertrail.records.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** What one run of the purge has removed so far; each slice adds its counts in its own transaction. */
@Entity
@Table(name = "purge_run")
public class PurgeProgress implements Serializable {

    @Id
    private long run;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    private long orders;
    private long entries;
    private long outbox;
    private long receipts;
    private long originals;

    protected PurgeProgress() {}

    public PurgeProgress(long run, Instant at) {
        this.run = run;
        this.startedAt = at;
        this.updatedAt = at;
    }

    public void purgedOrders(long n, Instant at) {
        orders += touched(n, at);
    }

    public void purgedEntries(long n, Instant at) {
        entries += touched(n, at);
    }

    public void purgedOutbox(long n, Instant at) {
        outbox += touched(n, at);
    }

    public void purgedReceipts(long n, Instant at) {
        receipts += touched(n, at);
    }

    public void purgedOriginals(long n, Instant at) {
        originals += touched(n, at);
    }

    private long touched(long n, Instant at) {
        updatedAt = at;
        return n;
    }

    /** The counts by what they are, for the page, the log and the run's audit entry. */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("orders", orders);
        counts.put("audit entries", entries);
        counts.put("outbox messages", outbox);
        counts.put("handover receipts and failures", receipts);
        counts.put("other originals", originals);
        return counts;
    }

    public long getRun() {
        return run;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
