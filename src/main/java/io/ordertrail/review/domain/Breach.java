package io.ordertrail.review.domain;

import io.ordertrail.platform.i18n.Phrase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.Instant;

/** One breach a compliance check found: what, on which order, since when it was due, and what is late. */
@Embeddable
public class Breach implements Serializable {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BreachKind kind;

    @Column(name = "order_number", nullable = false)
    private String orderNumber;

    @Column(nullable = false)
    private Instant since;

    private String detail;

    /** What is late as a phrase (JSON), said in each reader's language; null on breaches found before it was kept. */
    @Column(name = "detail_phrase")
    private String detailPhrase;

    protected Breach() {}

    /** A breach whose detail each reader reads in their own language; the English text is kept as its detail. */
    public Breach(BreachKind kind, String orderNumber, Instant since, Phrase detail) {
        this.kind = kind;
        this.orderNumber = orderNumber;
        this.since = since;
        String english = detail.inEnglish();
        this.detail = english.length() <= 300 ? english : english.substring(0, 300);
        this.detailPhrase = detail.toJson();
    }

    public BreachKind getKind() {
        return kind;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public Instant getSince() {
        return since;
    }

    /** What is late, in English. */
    public String getDetail() {
        return detail;
    }

    /** What is late, to say in the reader's language; null on breaches found before it was kept. */
    public Phrase getWhatIsLate() {
        return Phrase.fromJson(detailPhrase);
    }
}
