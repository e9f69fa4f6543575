package io.ordertrail.orders.domain;

import io.ordertrail.platform.SequencedEntity;
import io.ordertrail.platform.i18n.Phrase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A move of an order from one status to another: who, when and why. Never changed afterwards. */
@Entity
@Table(name = "order_status_change")
public class StatusChange extends SequencedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    private Order order;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private OrderStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private OrderStatus to;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    private String reason;

    /** What a change that keeps the status was ("Amended"); null when the status changed, which says it. */
    private String title;

    /** The title's bundle key, said in the reader's language; null when the status changed or on older rows. */
    @Column(name = "title_key")
    private String titleKey;

    /** The reason as a phrase (JSON), said in the reader's language; null on rows kept before phrases were. */
    @Column(name = "reason_phrase")
    private String reasonPhrase;

    protected StatusChange() {}

    StatusChange(Order order, OrderStatus from, OrderStatus to, String changedBy, Instant changedAt, String reason) {
        this.order = order;
        this.from = from;
        this.to = to;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.reason = reason;
    }

    StatusChange(Order order, OrderStatus from, OrderStatus to, String changedBy, Instant changedAt, Phrase reason) {
        this(order, from, to, changedBy, changedAt, reason.inEnglish());
        this.reasonPhrase = reason.toJson();
    }

    /** An entry that changes no status: what happened ({@code titleKey}), and why. */
    static StatusChange note(Order order, OrderStatus status, String titleKey, String by, Instant at, Phrase reason) {
        StatusChange note = new StatusChange(order, status, status, by, at, reason);
        note.titleKey = titleKey;
        note.title = Phrase.of(titleKey).inEnglish();
        return note;
    }

    /** An entry that changes no status: what happened, and why. */
    static StatusChange note(Order order, OrderStatus status, String title, String by, Instant at, String reason) {
        StatusChange note = new StatusChange(order, status, status, by, at, reason);
        note.title = title;
        return note;
    }

    /** The entry's title on the timeline: what happened if the status stayed, else the status reached. */
    public String getTitle() {
        return title != null ? title : to.getLabel();
    }

    public OrderStatus getFrom() {
        return from;
    }

    public OrderStatus getTo() {
        return to;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getReason() {
        return reason;
    }

    /** The title's bundle key when the status stayed; null when the status changed (or on older rows). */
    public String getTitleKey() {
        return titleKey;
    }

    /** Whether the entry is titled by the status it reached (no title of its own). */
    public boolean isTitledByStatus() {
        return title == null;
    }

    /** The reason as a phrase to say in the reader's language; null on rows kept before phrases were. */
    public Phrase getReasonWhy() {
        return Phrase.fromJson(reasonPhrase);
    }
}
