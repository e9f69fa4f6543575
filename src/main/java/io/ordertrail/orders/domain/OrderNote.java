package io.ordertrail.orders.domain;

import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.SequencedEntity;
import io.ordertrail.platform.i18n.Phrase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A note a member of staff leaves on an order for another team, or for everyone: what the order's fields do not say
 * ("the customer will collect before noon"). Never edited after the fact; a correction is a new note. The team it is
 * addressed to marks it read.
 */
@Entity
@Table(name = "order_note")
public class OrderNote extends SequencedEntity {

    public static final int MAX_LENGTH = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    private Order order;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Column(name = "written_by", nullable = false, updatable = false)
    private String writtenBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "addressed_to", nullable = false, updatable = false)
    private NoteAudience addressedTo;

    @Column(name = "note_text", nullable = false, updatable = false, length = MAX_LENGTH)
    private String text;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "read_by")
    private String readBy;

    protected OrderNote() {}

    /**
     * @throws InputRejected when the text is empty or too long, or nobody is addressed
     */
    public OrderNote(Order order, NoteAudience addressedTo, String text, String writtenBy, Instant writtenAt) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw InputRejected.because("noteText", Phrase.of("problem.note.text"));
        }
        if (trimmed.length() > MAX_LENGTH) {
            throw InputRejected.because(
                    "noteText",
                    Phrase.of("problem.note.length", String.valueOf(MAX_LENGTH), String.valueOf(trimmed.length())));
        }
        if (addressedTo == null) {
            throw InputRejected.because("addressedTo", Phrase.of("problem.note.for"));
        }
        this.order = Objects.requireNonNull(order);
        this.addressedTo = addressedTo;
        this.text = trimmed;
        this.writtenBy = Objects.requireNonNull(writtenBy);
        this.writtenAt = Objects.requireNonNull(writtenAt);
    }

    /** The addressed team has read it; the first reader is recorded, later ones change nothing. */
    public void markRead(String by, Instant at) {
        if (readAt == null) {
            this.readBy = by;
            this.readAt = at;
        }
    }

    public Order getOrder() {
        return order;
    }

    public OrderNumber getOrderNumber() {
        return order.getOrderNumber();
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public NoteAudience getAddressedTo() {
        return addressedTo;
    }

    public String getText() {
        return text;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public String getReadBy() {
        return readBy;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
