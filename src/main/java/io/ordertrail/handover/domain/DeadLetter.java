package io.ordertrail.handover.domain;

import java.io.Serializable;
import java.time.Instant;

/**
 * A message on the dead-letter queue, as an administrator sees it: where it was going, what it says, and why it
 * failed (the last recorded reason, and how many attempts failed).
 */
public class DeadLetter implements Serializable {

    static final int PREVIEW = 300;

    private final String jmsMessageId;
    private final String originalQueue;
    private final String body;
    private final Instant sentAt;
    private final String lastReason;
    private final long failedAttempts;

    public DeadLetter(
            String jmsMessageId,
            String originalQueue,
            String body,
            Instant sentAt,
            String lastReason,
            long failedAttempts) {
        this.jmsMessageId = jmsMessageId;
        this.originalQueue = originalQueue;
        this.body = body == null ? "" : body;
        this.sentAt = sentAt;
        this.lastReason = lastReason;
        this.failedAttempts = failedAttempts;
    }

    public String getJmsMessageId() {
        return jmsMessageId;
    }

    public String getOriginalQueue() {
        return originalQueue;
    }

    public String getBody() {
        return body;
    }

    /** The same letter with only as much of its body as the preview shows. */
    public DeadLetter previewOnly() {
        return new DeadLetter(jmsMessageId, originalQueue, getPreview(), sentAt, lastReason, failedAttempts);
    }

    public String getPreview() {
        return body.length() > PREVIEW ? body.substring(0, PREVIEW) + "…" : body;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastReason() {
        return lastReason == null ? "No reason recorded (it failed before Ordertrail could read it)" : lastReason;
    }

    public long getFailedAttempts() {
        return failedAttempts;
    }
}
