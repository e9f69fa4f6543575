package io.ordertrail.orders.domain;

import io.ordertrail.platform.i18n.Phrase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;

/** One reason for a second look at an order, with the words staff read next to it. */
@Embeddable
public class Flag implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "flag_type", nullable = false)
    private FlagType type;

    @Column(nullable = false)
    private String reason;

    /** The reason as a phrase (JSON), said in each reader's language; null on flags raised before it was kept. */
    @Column(name = "reason_phrase")
    private String reasonPhrase;

    protected Flag() {}

    public Flag(FlagType type, String reason) {
        this.type = Objects.requireNonNull(type);
        this.reason = Objects.requireNonNull(reason);
    }

    /** A flag whose reason each reader reads in their own language; the English text is kept as its reason. */
    public Flag(FlagType type, Phrase why) {
        this(type, why.inEnglish());
        this.reasonPhrase = why.toJson();
    }

    public FlagType getType() {
        return type;
    }

    public String getReason() {
        return reason;
    }

    /** The reason to say in the reader's language; null on flags raised before it was kept. */
    public Phrase getWhy() {
        return Phrase.fromJson(reasonPhrase);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Flag f && f.type == type && f.reason.equals(reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, reason);
    }

    @Override
    public String toString() {
        return type.getLabel() + ": " + reason;
    }
}
