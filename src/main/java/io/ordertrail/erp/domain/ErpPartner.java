package io.ordertrail.erp.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A buyer's ERP system, known to the broker as a user of its own. It may send documents for its buyers only, and
 * its answers go to its own queue, or to a queue under it that it names as JMSReplyTo.
 */
@Entity
@Table(name = "erp_partner")
public class ErpPartner implements Serializable {

    /** A broker user name: lower case letters, digits and hyphens, starting with a letter. */
    public static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    /** A queue name without the broker's wildcards: words of letters, digits, hyphens and underscores. */
    public static final Pattern QUEUE = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");
    /** Where a partner's answer queue goes unless the administrator names another. */
    public static final String ANSWER_QUEUE_PREFIX = "erp.answers.";

    @Id
    private String name;

    @Column(nullable = false)
    private String description;

    @Column(name = "answer_queue", nullable = false)
    private String answerQueue;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Profile profile = Profile.UBL;

    /** The profile a partner's documents and answers are in. */
    public enum Profile {
        /** OASIS UBL 2.1 as it is: answers are plain UBL OrderResponses. */
        UBL("plain UBL"),
        /**
         * PEPPOL BIS 3 ordering: every document is checked against the PEPPOL rules, and answered with the profile's
         * Order Response.
         */
        PEPPOL_BIS("PEPPOL BIS 3");

        private final String described;

        Profile(String described) {
            this.described = described;
        }

        /** As the partner's history says it. */
        public String described() {
            return described;
        }
    }

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "erp_partner_buyer", joinColumns = @JoinColumn(name = "partner"))
    @Column(name = "customer_number")
    private Set<String> buyers = new TreeSet<>();

    protected ErpPartner() {}

    public ErpPartner(String name, String description, String answerQueue, Collection<String> buyers, Instant now) {
        this.name = name;
        this.description = description;
        this.answerQueue = answerQueue;
        this.buyers = new TreeSet<>(buyers);
        this.enabled = true;
        this.createdAt = now;
        this.passwordChangedAt = now;
    }

    /** The broker role that may read this partner's answer queues. */
    public static String roleOf(String partnerName) {
        return "erp-partner." + partnerName;
    }

    /** Whether the partner may order, change and cancel for this customer. */
    public boolean mayActFor(String customerNumber) {
        return enabled && buyers.contains(customerNumber);
    }

    /**
     * Where an answer goes: the queue the partner named as JMSReplyTo when it is its answer queue or one under it,
     * else its answer queue. A partner never gets answers on a queue that is not its own.
     */
    public String answerQueueFor(String replyTo) {
        if (replyTo != null && (replyTo.equals(answerQueue) || replyTo.startsWith(answerQueue + "."))) {
            return replyTo;
        }
        return answerQueue;
    }

    /** The broker address pattern the partner's answer queues match: its queue and every queue under it. */
    public String answerAddressMatch() {
        return answerQueue + ".#";
    }

    public void passwordChanged(Instant now) {
        this.passwordChangedAt = now;
    }

    public void speaks(Profile profile) {
        this.profile = profile;
    }

    public Profile getProfile() {
        return profile;
    }

    /** Whether its documents and answers are in the PEPPOL BIS profile. */
    public boolean speaksPeppol() {
        return profile == Profile.PEPPOL_BIS;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public void describe(String description) {
        this.description = description;
    }

    public void answerOn(String answerQueue) {
        this.answerQueue = answerQueue;
    }

    public void actFor(Collection<String> buyers) {
        this.buyers.clear();
        this.buyers.addAll(buyers);
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getAnswerQueue() {
        return answerQueue;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    /** The buyers as people read them. */
    public String getBuyerList() {
        return buyers.isEmpty() ? "(nobody yet)" : String.join(", ", new TreeSet<>(buyers));
    }

    public List<String> getBuyers() {
        return List.copyOf(new TreeSet<>(buyers));
    }
}
