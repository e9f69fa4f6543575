package io.ordertrail.notifications.domain;

import io.ordertrail.platform.SequencedEntity;
import io.ordertrail.platform.i18n.Phrase;
import io.ordertrail.platform.i18n.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One thing one person should know of, with the page where they act on it; read once they have seen it there. */
@Entity
@Table(name = "staff_notification")
public class StaffNotification extends SequencedEntity {

    private static final int MAX_MESSAGE = 500;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private NotificationKind kind;

    @Column(name = "order_number", updatable = false)
    private String orderNumber;

    @Column(nullable = false, updatable = false)
    private String message;

    /** The message as a phrase (JSON), said in the recipient's language; null on notifications from before (V46). */
    @Column(name = "message_phrase", updatable = false)
    private String messagePhrase;

    @Column(nullable = false, updatable = false)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected StaffNotification() {}

    /** A notice whose message each recipient reads in their own language; its English text is kept as message. */
    public StaffNotification(
            String recipient, NotificationKind kind, String orderNumber, Phrase message, String link, Instant at) {
        this.recipient = Objects.requireNonNull(recipient);
        this.kind = Objects.requireNonNull(kind);
        this.orderNumber = orderNumber;
        String english = message.inEnglish();
        this.message = english.length() <= MAX_MESSAGE ? english : english.substring(0, MAX_MESSAGE - 1) + "…";
        this.messagePhrase = message.toJson();
        this.link = Objects.requireNonNull(link);
        this.createdAt = Objects.requireNonNull(at);
    }

    /** Seen: the first time stands. */
    public void read(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public boolean isRead() {
        return readAt != null;
    }

    public String getRecipient() {
        return recipient;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    /** The message in English. */
    public String getMessage() {
        return message;
    }

    /** The message to say in the reader's language; null on notifications from before it was kept. */
    public Phrase getWhat() {
        return Phrase.fromJson(messagePhrase);
    }

    /** The message in the reader's language, its English text where no phrase was kept. */
    public String message(Texts texts) {
        Phrase what = getWhat();
        return what == null ? message : what.in(texts);
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
