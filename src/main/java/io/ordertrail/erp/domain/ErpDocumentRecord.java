package io.ordertrail.erp.domain;

import io.ordertrail.platform.SequencedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A document taken from a sender, with the answer given: the same document received again (same sender, ID and
 * type) makes no second order and gets this answer again. An amendment of the order sends a new answer to the
 * same reply address.
 */
@Entity
@Table(name = "erp_document")
public class ErpDocumentRecord extends SequencedEntity {

    /** The partner (broker user) that sent it; null for documents from before partners had broker users. */
    @Column(updatable = false)
    private String partner;

    @Column(nullable = false, updatable = false)
    private String sender;

    @Column(name = "document_id", nullable = false, updatable = false)
    private String documentId;

    @Column(name = "document_type", nullable = false, updatable = false)
    private String documentType;

    @Column(name = "order_number", updatable = false)
    private String orderNumber;

    @Column(name = "reply_to", nullable = false, updatable = false)
    private String replyTo;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(nullable = false)
    private String answer;

    /** The PEPPOL profile the document came in; null for plain UBL. */
    @Column(name = "peppol_profile", updatable = false)
    private String peppolProfile;

    /** The PEPPOL rules' warnings, kept with the document; null when there were none. */
    @Column(name = "rule_warnings", updatable = false)
    private String ruleWarnings;

    protected ErpDocumentRecord() {}

    public ErpDocumentRecord(
            String partner,
            String sender,
            String documentId,
            String documentType,
            String orderNumber,
            String replyTo,
            Instant receivedAt,
            String answer) {
        this.partner = partner;
        this.sender = sender;
        this.documentId = documentId;
        this.documentType = documentType;
        this.orderNumber = orderNumber;
        this.replyTo = replyTo;
        this.receivedAt = receivedAt;
        this.answer = answer;
    }

    /**
     * The document came in the PEPPOL BIS profile, and broke these rules that only warn; later answers about its order
     * are in the profile when it was answered in it.
     */
    public void cameIn(Peppol peppol) {
        this.peppolProfile = peppol.answeredInProfile() ? peppol.profileId() : null;
        String warnings = String.join("\n", peppol.warnings());
        this.ruleWarnings =
                warnings.isEmpty() ? null : warnings.length() > 4000 ? warnings.substring(0, 3999) + "…" : warnings;
    }

    /** How later answers about its order are sent: in the document's PEPPOL profile, or null for plain UBL. */
    public Peppol peppolFor(String currency) {
        return peppolProfile == null ? null : Peppol.of(peppolProfile, sender, currency);
    }

    public String getRuleWarnings() {
        return ruleWarnings;
    }

    /** A later answer about the same order (it was amended), kept as the one to repeat. */
    public void answeredAgain(String answer) {
        this.answer = answer;
    }

    public String getSender() {
        return sender;
    }

    public String getDocumentId() {
        return documentId;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public String getReplyTo() {
        return replyTo;
    }

    public String getAnswer() {
        return answer;
    }
}
