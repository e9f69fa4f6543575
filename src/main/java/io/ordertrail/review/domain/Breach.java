package io.ordertrail.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One breach a compliance check found: what, on which order, since when it was due, and what is late. */
@Embeddable
public class Breach {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BreachKind kind;

    @Column(name = "order_number", nullable = false)
    private String orderNumber;

    @Column(nullable = false)
    private Instant since;

    private String detail;

    protected Breach() {}

    public Breach(BreachKind kind, String orderNumber, Instant since, String detail) {
        this.kind = kind;
        this.orderNumber = orderNumber;
        this.since = since;
        this.detail = detail == null || detail.length() <= 300 ? detail : detail.substring(0, 300);
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

    public String getDetail() {
        return detail;
    }
}
