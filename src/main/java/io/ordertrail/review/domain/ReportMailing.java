package io.ordertrail.review.domain;

import io.ordertrail.platform.i18n.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/** The report's mail to one manager: sent, or not yet, with the last error and how often it was tried. */
@Embeddable
public class ReportMailing implements Serializable {

    /** Tried this often, a mail is given up on; the error stays on the list of reports. */
    public static final int MAX_ATTEMPTS = 24;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String email;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "mailed_at")
    private Instant mailedAt;

    @Column(name = "last_error")
    private String lastError;

    /** The language of the mail and of its copy of the report, a tag such as "de"; null before V46: English. */
    @Column(name = "language")
    private String language;

    /** The copy of the report in that language, kept as an original; null before V46: the report's own. */
    @Column(name = "content_hash")
    private String contentHash;

    protected ReportMailing() {}

    public ReportMailing(String recipient, String email, Locale language, String contentHash) {
        this.recipient = Objects.requireNonNull(recipient);
        this.email = Objects.requireNonNull(email);
        this.language = language.toLanguageTag();
        this.contentHash = Objects.requireNonNull(contentHash);
    }

    /** The language the mail is written in. */
    public Locale getLanguage() {
        return Texts.in(language == null ? null : Locale.forLanguageTag(language))
                .locale();
    }

    /** The copy of the report this mail carries; null: the report's own. */
    public String getContentHash() {
        return contentHash;
    }

    public boolean isDue() {
        return mailedAt == null && attempts < MAX_ATTEMPTS;
    }

    public void sent(Instant at) {
        attempts++;
        mailedAt = at;
        lastError = null;
    }

    public void failed(String error) {
        attempts++;
        lastError = error == null ? "unknown error" : error.length() > 500 ? error.substring(0, 500) : error;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getEmail() {
        return email;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getMailedAt() {
        return mailedAt;
    }

    public String getLastError() {
        return lastError;
    }
}
