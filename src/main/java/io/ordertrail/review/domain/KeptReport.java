package io.ordertrail.review.domain;

import io.ordertrail.platform.SequencedEntity;
import io.ordertrail.platform.i18n.Texts;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A period's review report as it was made and mailed, kept for the review: its PDF is an original (by its hash), and
 * each manager's mail is tracked until it went out.
 */
@Entity
@Table(name = "review_report")
public class KeptReport extends SequencedEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", nullable = false, updatable = false)
    private ReviewPeriod.Kind periodKind;

    @Column(name = "first_day", nullable = false, updatable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false, updatable = false)
    private LocalDate lastDay;

    @Column(name = "made_at", nullable = false, updatable = false)
    private Instant madeAt;

    @Column(name = "content_hash", nullable = false, updatable = false)
    private String contentHash;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_report_mailing", joinColumns = @JoinColumn(name = "report_id"))
    private List<ReportMailing> mailings = new ArrayList<>();

    protected KeptReport() {}

    public KeptReport(ReviewPeriod period, Instant madeAt, String contentHash, String fileName) {
        this.periodKind = period.kind();
        this.firstDay = period.first();
        this.lastDay = period.last();
        this.madeAt = madeAt;
        this.contentHash = contentHash;
        this.fileName = fileName;
    }

    /** Mails the copy of the report in the recipient's language ({@code contentHash}) to them, in that language. */
    public void mailTo(String recipient, String email, Locale language, String contentHash) {
        mailings.add(new ReportMailing(recipient, email, language, contentHash));
    }

    /** The copy of the report that went out in the language, else the report's own (the desk's language). */
    public String contentHashIn(Locale language) {
        return mailings.stream()
                .filter(m -> m.getContentHash() != null
                        && m.getLanguage().equals(Texts.in(language).locale()))
                .map(ReportMailing::getContentHash)
                .findFirst()
                .orElse(contentHash);
    }

    public ReviewPeriod getPeriod() {
        return new ReviewPeriod(periodKind, firstDay, lastDay);
    }

    public String getPeriodLabel() {
        return getPeriod().label();
    }

    public Instant getMadeAt() {
        return madeAt;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getFileName() {
        return fileName;
    }

    public List<ReportMailing> getMailings() {
        return mailings;
    }

    /** "manager (sent), morgan (not sent: connection refused, tried 2×)", in the reader's language. */
    public String mailingSummary(Texts texts) {
        if (mailings.isEmpty()) {
            return texts.get("review.kept.noManager");
        }
        return String.join(
                ", ",
                mailings.stream()
                        .map(m -> m.getMailedAt() != null
                                ? texts.get("review.kept.sent", m.getRecipient())
                                : texts.get("review.kept.notSent", m.getRecipient(), m.getLastError(), m.getAttempts()))
                        .toList());
    }
}
