package io.ordertrail.communication.domain;

import io.ordertrail.platform.SequencedEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * One communication with a customer about an order (SOP section 5, "communication records"): its channel,
 * recipient, author and time, the content exactly as rendered, the order version it belongs to, and how its
 * delivery went. An email or message starts pending and is sent (and retried) by the dispatcher; a call is
 * recorded by the person who made it.
 */
@Entity
@Table(name = "communication")
public class Communication extends SequencedEntity {

    @Column(name = "order_number", nullable = false, updatable = false)
    private String orderNumber;

    @Column(name = "order_version", nullable = false, updatable = false)
    private int orderVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private CommunicationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ConfirmationChannel channel;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "text_content", nullable = false, updatable = false)
    private String textContent;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "html_content", updatable = false)
    private String htmlContent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliveryStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "call_with", updatable = false)
    private String callWith;

    /** The SHA-256 of the acknowledgement link's token (hex): the token itself is never stored. */
    @Column(name = "ack_token_hash")
    private String ackTokenHash;

    @Column(name = "ack_expires_at")
    private Instant ackExpiresAt;

    @Column(name = "acknowledged_from")
    private String acknowledgedFrom;

    /** How the service account that asked for it verified a recipient not on file, as it said. */
    @Column(name = "recipient_verification")
    private String recipientVerification;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "resend_of", updatable = false)
    private Long resendOf;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Communication() {}

    private Communication(
            String orderNumber,
            int orderVersion,
            CommunicationKind kind,
            ConfirmationChannel channel,
            String recipient,
            String author,
            Instant at,
            ConfirmationContent content) {
        this.orderNumber = Objects.requireNonNull(orderNumber);
        this.orderVersion = orderVersion;
        this.kind = Objects.requireNonNull(kind);
        this.channel = Objects.requireNonNull(channel);
        this.recipient = Objects.requireNonNull(recipient);
        this.author = Objects.requireNonNull(author);
        this.createdAt = Objects.requireNonNull(at);
        this.subject = content.subject();
        this.textContent = channel == ConfirmationChannel.MESSAGE ? content.message() : content.text();
        this.htmlContent = channel == ConfirmationChannel.EMAIL ? content.html() : null;
    }

    /** An email or message confirmation, waiting to be sent by the dispatcher. */
    public static Communication toSend(
            CommunicationKind kind,
            ConfirmationChannel channel,
            String recipient,
            String author,
            Instant at,
            ConfirmationContent content) {
        if (channel == ConfirmationChannel.CALL) {
            throw new IllegalArgumentException("A call is recorded, not sent");
        }
        Communication c = new Communication(
                content.orderNumber(), content.orderVersion(), kind, channel, recipient, author, at, content);
        c.status = DeliveryStatus.PENDING;
        c.nextAttemptAt = at;
        return c;
    }

    /** A dispatch or ready-for-pickup notice by email, waiting to be sent, with a placeholder for its rating link. */
    public static Communication notice(DispatchNotice notice, String recipient, String author, Instant at) {
        Communication c = new Communication();
        c.orderNumber = Objects.requireNonNull(notice.orderNumber());
        c.orderVersion = notice.orderVersion();
        c.kind = CommunicationKind.DISPATCH_NOTICE;
        c.channel = ConfirmationChannel.EMAIL;
        c.recipient = Objects.requireNonNull(recipient);
        c.author = Objects.requireNonNull(author);
        c.createdAt = Objects.requireNonNull(at);
        c.subject = notice.subject();
        c.textContent = notice.text();
        c.htmlContent = notice.html();
        c.status = DeliveryStatus.PENDING;
        c.nextAttemptAt = at;
        return c;
    }

    /** A confirmation given by phone, recorded by the person who made the call. */
    public static Communication call(
            CommunicationKind kind,
            String spokeTo,
            String phone,
            String author,
            Instant calledAt,
            Instant recordedAt,
            ConfirmationContent content,
            String whatWasConfirmed) {
        Communication c = new Communication(
                content.orderNumber(),
                content.orderVersion(),
                kind,
                ConfirmationChannel.CALL,
                phone == null || phone.isBlank() ? spokeTo : phone,
                author,
                recordedAt,
                content);
        c.callWith = Objects.requireNonNull(spokeTo);
        c.textContent = whatWasConfirmed;
        c.status = DeliveryStatus.RECORDED;
        c.sentAt = calledAt;
        return c;
    }

    /** The customer's own email that an email order came with, kept as received. */
    public static Communication sourceEmail(String orderNumber, String from, String author, Instant at, String email) {
        Communication c = new Communication();
        c.orderNumber = orderNumber;
        c.orderVersion = 1;
        c.kind = CommunicationKind.SOURCE_EMAIL;
        c.channel = ConfirmationChannel.EMAIL;
        c.recipient = from;
        c.author = author;
        c.createdAt = at;
        c.subject = "Order email from the customer";
        c.textContent = email;
        c.status = DeliveryStatus.RECORDED;
        c.sentAt = at;
        return c;
    }

    /** Puts the customer's acknowledgement link into the content, once the communication has its id. */
    public void carryAcknowledgeLink(ConfirmationContent withLink) {
        if (status != DeliveryStatus.PENDING || attempts > 0 || channel != ConfirmationChannel.EMAIL) {
            throw new IllegalStateException("Only an email not yet sent can carry an acknowledgement link");
        }
        textContent = withLink.text();
        htmlContent = withLink.html();
    }

    /**
     * The acknowledgement link's token, issued for this email: only its hash and expiry are kept; the stored
     * content has {@link ConfirmationContent#LINK_PLACEHOLDER} where the link goes, filled in as the email leaves.
     */
    /**
     * Issues the signed token of this email's link (acknowledgement or rating), keeping only its hash; the delivery
     * issues the same token again as the email leaves. Needs the id: call after persisting.
     */
    public void issueLink(AcknowledgementTokens tokens, Instant expiresAt) {
        acknowledgedThrough(AcknowledgementTokens.hash(tokens.issue(getId(), orderNumber, expiresAt)), expiresAt);
    }

    public void acknowledgedThrough(String tokenHash, Instant expiresAt) {
        this.ackTokenHash = tokenHash;
        this.ackExpiresAt = expiresAt;
    }

    /** Whether a token is the one issued for this email (emails from before hashes were kept have none to compare). */
    public boolean isAcknowledgedThrough(String tokenHash) {
        return ackTokenHash == null || ackTokenHash.equals(tokenHash);
    }

    public Instant getAckExpiresAt() {
        return ackExpiresAt;
    }

    /** The text as the customer receives it: with the acknowledgement link in place of the placeholder. */
    public String textWith(String acknowledgeUrl) {
        return textContent.replace(ConfirmationContent.LINK_PLACEHOLDER, acknowledgeUrl);
    }

    public String htmlWith(String acknowledgeUrl) {
        return htmlContent == null ? null : htmlContent.replace(ConfirmationContent.LINK_PLACEHOLDER, acknowledgeUrl);
    }

    /** A new communication with the same content, to be sent again (a resend is a record of its own). */
    public Communication resend(String by, Instant at) {
        if (kind == CommunicationKind.SOURCE_EMAIL || channel == ConfirmationChannel.CALL) {
            throw new IllegalStateException("Only an email or message can be sent again");
        }
        Communication again = new Communication();
        again.orderNumber = orderNumber;
        again.orderVersion = orderVersion;
        again.kind = kind;
        again.channel = channel;
        again.recipient = recipient;
        again.author = by;
        again.createdAt = at;
        again.subject = subject;
        again.textContent = textContent;
        again.htmlContent = htmlContent;
        again.ackExpiresAt = ackExpiresAt;
        again.status = DeliveryStatus.PENDING;
        again.nextAttemptAt = at;
        again.resendOf = getId();
        return again;
    }

    public boolean isDue(Instant now) {
        return status == DeliveryStatus.PENDING && nextAttemptAt != null && !nextAttemptAt.isAfter(now);
    }

    public void sent(Instant at) {
        if (status != DeliveryStatus.PENDING) {
            throw new IllegalStateException("Communication " + getId() + " is " + status + ", not pending");
        }
        attempts++;
        status = DeliveryStatus.SENT;
        sentAt = at;
        nextAttemptAt = null;
        lastError = null;
    }

    /** An attempt that did not get through: tried again later, or given up on after the last attempt. */
    public void attemptFailed(String error, Instant at, RetryPolicy policy) {
        attempts++;
        lastError = error == null ? "unknown error" : error.length() > 500 ? error.substring(0, 500) : error;
        if (attempts >= policy.maxAttempts()) {
            status = DeliveryStatus.FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = at.plus(policy.delayAfter(attempts));
        }
    }

    /** Not to be sent at all any more, e.g. because the order was cancelled meanwhile; staff see why. */
    public void giveUp(String reason) {
        status = DeliveryStatus.FAILED;
        lastError = reason;
        nextAttemptAt = null;
    }

    /**
     * The customer acknowledged the confirmation through the link it carried.
     *
     * @return false when it had been acknowledged before (the first time stands)
     */
    public boolean acknowledge(Instant at, String clientAddress) {
        if (acknowledgedAt != null) {
            return false;
        }
        acknowledgedAt = at;
        acknowledgedFrom = clientAddress == null || clientAddress.length() <= 100
                ? clientAddress
                : clientAddress.substring(0, 100);
        return true;
    }

    public String getAcknowledgedFrom() {
        return acknowledgedFrom;
    }

    public boolean isPendingOrFailed() {
        return status == DeliveryStatus.PENDING || status == DeliveryStatus.FAILED;
    }

    public boolean isConfirmation() {
        return kind == CommunicationKind.CONFIRMATION || kind == CommunicationKind.RECONFIRMATION;
    }

    public boolean isDispatchNotice() {
        return kind == CommunicationKind.DISPATCH_NOTICE;
    }

    public boolean isResendable() {
        return isConfirmation() && channel != ConfirmationChannel.CALL;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public int getOrderVersion() {
        return orderVersion;
    }

    public CommunicationKind getKind() {
        return kind;
    }

    public ConfirmationChannel getChannel() {
        return channel;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getSubject() {
        return subject;
    }

    public String getTextContent() {
        return textContent;
    }

    public String getHtmlContent() {
        return htmlContent;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getCallWith() {
        return callWith;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public Long getResendOf() {
        return resendOf;
    }

    /** Records how the requester verified a recipient address that is not the customer's on file. */
    public void recipientVerifiedAs(String verification) {
        this.recipientVerification = verification.length() <= 500 ? verification : verification.substring(0, 499) + "…";
    }

    public String getRecipientVerification() {
        return recipientVerification;
    }
}
