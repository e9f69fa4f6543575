package io.ordertrail.erp.application;

import io.ordertrail.customers.application.CustomerDirectory;
import io.ordertrail.erp.domain.ErpPartner;
import io.ordertrail.erp.domain.ErpPartnerChange;
import io.ordertrail.erp.domain.ErpPartnerWasChanged;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.i18n.Phrase;
import io.ordertrail.platform.messaging.BrokerAccounts;
import io.ordertrail.platform.messaging.Queues;
import io.ordertrail.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The administrator's ERP partners: each buyer's ERP system gets a broker user of its own, may act for the buyers
 * listed here, and reads its answers on its own queue. Every change is recorded with who made it. The broker is
 * changed first; if it refuses, nothing is stored here either.
 */
@Stateless
@DenyAll
public class ErpPartners {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ErpPartners.class.getName());

    /** The broker role every partner has: broker.xml lets it send to erp.orders.in, and nothing else. */
    public static final String PARTNER_ROLE = "erp-partner";
    /** The role broker.xml gives the application's own user. */
    public static final String APPLICATION_ROLE = "ordertrail-app";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> SYSTEM_QUEUES = Set.of(
            Queues.ERP_ORDERS_IN,
            Queues.ERP_ORDERS_OUT,
            Queues.DEAD_LETTERS,
            Queues.INVENTORY_HANDOVER,
            Queues.FULFILLMENT_HANDOVER,
            "ExpiryQueue");

    @PersistenceContext
    EntityManager em;

    @Inject
    jakarta.enterprise.event.Event<ErpPartnerWasChanged> partnerWasChanged;

    @Inject
    BrokerAccounts broker;

    @Inject
    CustomerDirectory customers;

    @Inject
    BusinessClock clock;

    @Resource
    SessionContext session;

    @Inject
    @ConfigProperty(name = "ordertrail.jms.user", defaultValue = "ordertrail")
    String applicationBrokerUser;

    @Inject
    ErpSettings settings;

    /** What the administrator enters for a partner, with the profile it speaks. */
    public record PartnerDetails(
            String name,
            String description,
            String answerQueue,
            Collection<String> buyers,
            ErpPartner.Profile profile) {

        /** A partner that speaks plain UBL. */
        public PartnerDetails(String name, String description, String answerQueue, Collection<String> buyers) {
            this(name, description, answerQueue, buyers, ErpPartner.Profile.UBL);
        }
    }

    /** A partner as just created or changed, with the password it is to use: shown once, never stored here. */
    public record PartnerCredentials(String partner, String password) implements Serializable {}

    @RolesAllowed(Roles.ADMIN)
    public List<ErpPartner> all() {
        return em.createQuery("select p from ErpPartner p order by p.name", ErpPartner.class)
                .getResultList();
    }

    @RolesAllowed(Roles.ADMIN)
    public List<ErpPartnerChange> changes() {
        return em.createQuery("select c from ErpPartnerChange c order by c.changedAt desc", ErpPartnerChange.class)
                .setMaxResults(200)
                .getResultList();
    }

    /** Adds a partner with a new random password; its broker user can send at once. */
    @RolesAllowed(Roles.ADMIN)
    public PartnerCredentials add(PartnerDetails details) {
        return add(details, newPassword());
    }

    /**
     * The run command's demo partner: added with the password the run command prints, or given it again (a broker
     * journal made afresh has lost it).
     */
    @RolesAllowed(Roles.ADMIN)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ensure(PartnerDetails details, String password) {
        ErpPartner partner = em.find(ErpPartner.class, details.name());
        if (partner == null) {
            add(details, password);
        } else if (partner.isEnabled()) {
            putBrokerUser(partner, password);
        }
    }

    private PartnerCredentials add(PartnerDetails details, String password) {
        String name = details.name() == null ? "" : details.name().trim().toLowerCase(Locale.ROOT);
        String answerQueue = blankTo(details.answerQueue(), ErpPartner.ANSWER_QUEUE_PREFIX + name);
        List<InputRejected.Problem> problems = new ArrayList<>();
        if (!ErpPartner.NAME.matcher(name).matches()) {
            problems.add(new InputRejected.Problem("name", Phrase.of("problem.name3")));
        } else if (name.equals(applicationBrokerUser)) {
            problems.add(new InputRejected.Problem("name", Phrase.of("problem.name4")));
        } else if (em.find(ErpPartner.class, name) != null) {
            problems.add(new InputRejected.Problem("name", Phrase.of("problem.erp.exists", String.valueOf(name))));
        }
        String description = checkDescription(details.description(), problems);
        Set<String> buyers = checkBuyers(details.buyers(), problems);
        checkAnswerQueue(answerQueue, name, problems);
        ErpPartner.Profile profile = checkProfile(details.profile(), problems);
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        ErpPartner partner = new ErpPartner(name, description, answerQueue, buyers, clock.now());
        partner.speaks(profile);
        em.persist(partner);
        record(
                name,
                "Added: answers on " + answerQueue + " in " + profile.described() + ", may act for "
                        + (buyers.isEmpty() ? "no buyer yet" : String.join(", ", buyers)));
        em.flush();
        broker.allowReading(partner.answerAddressMatch(), ErpPartner.roleOf(name), APPLICATION_ROLE);
        putBrokerUser(partner, password);
        return new PartnerCredentials(name, password);
    }

    /**
     * The profile a partner speaks: PEPPOL BIS only once our own electronic address is set, since every answer in
     * the profile names it.
     */
    private ErpPartner.Profile checkProfile(ErpPartner.Profile profile, List<InputRejected.Problem> problems) {
        ErpPartner.Profile chosen = profile == null ? ErpPartner.Profile.UBL : profile;
        if (chosen == ErpPartner.Profile.PEPPOL_BIS && !sellerEndpointIsSet()) {
            problems.add(new InputRejected.Problem("profile", Phrase.of("problem.erp.peppol-endpoint")));
        }
        return chosen;
    }

    /** Whether our electronic address is set, and well-formed (a malformed one is logged, and counts as unset). */
    private boolean sellerEndpointIsSet() {
        try {
            return settings.sellerEndpoint().isPresent();
        } catch (IllegalArgumentException malformed) {
            LOG.warning(malformed::getMessage);
            return false;
        }
    }

    /** Gives the partner a new random password; the old one stops working at once. */
    @RolesAllowed(Roles.ADMIN)
    public PartnerCredentials rotatePassword(String name) {
        ErpPartner partner = find(name);
        if (!partner.isEnabled()) {
            throw InputRejected.because("partner", Phrase.of("problem.erp.disabled", String.valueOf(name)));
        }
        return newPasswordFor(partner, "Password changed");
    }

    /** The partner's broker user is removed and its connections closed: it can send nothing more. */
    @RolesAllowed(Roles.ADMIN)
    public void disable(String name) {
        ErpPartner partner = find(name);
        if (!partner.isEnabled()) {
            return;
        }
        partner.disable();
        record(name, "Disabled: its broker user was removed");
        em.flush();
        broker.removeUser(name);
    }

    /** A disabled partner back, with a new random password. */
    @RolesAllowed(Roles.ADMIN)
    public PartnerCredentials enable(String name) {
        ErpPartner partner = find(name);
        if (partner.isEnabled()) {
            throw InputRejected.because("partner", Phrase.of("problem.erp.enabled", String.valueOf(name)));
        }
        partner.enable();
        return newPasswordFor(partner, "Enabled, with a new password");
    }

    /** A new random password, recorded here (not the password), then given to the broker; shown once. */
    private PartnerCredentials newPasswordFor(ErpPartner partner, String change) {
        String password = newPassword();
        partner.passwordChanged(clock.now());
        record(partner.getName(), change);
        em.flush();
        putBrokerUser(partner, password);
        return new PartnerCredentials(partner.getName(), password);
    }

    /** Changes what the partner is for, whom it may act for, and where its answers go. */
    @RolesAllowed(Roles.ADMIN)
    public ErpPartner change(PartnerDetails details) {
        ErpPartner partner = find(details.name());
        List<InputRejected.Problem> problems = new ArrayList<>();
        String description = checkDescription(details.description(), problems);
        Set<String> buyers = checkBuyers(details.buyers(), problems);
        String answerQueue = blankTo(details.answerQueue(), partner.getAnswerQueue());
        if (!answerQueue.equals(partner.getAnswerQueue())) {
            checkAnswerQueue(answerQueue, partner.getName(), problems);
        }
        ErpPartner.Profile profile = details.profile() == partner.getProfile()
                ? partner.getProfile()
                : checkProfile(details.profile(), problems);
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        List<String> changes = new ArrayList<>();
        if (profile != partner.getProfile()) {
            changes.add("answers in " + partner.getProfile().described() + " → " + profile.described());
            partner.speaks(profile);
        }
        if (!description.equals(partner.getDescription())) {
            changes.add("description \"" + partner.getDescription() + "\" → \"" + description + "\"");
            partner.describe(description);
        }
        if (!buyers.equals(new TreeSet<>(partner.getBuyers()))) {
            changes.add("buyers " + listed(partner.getBuyers()) + " → " + listed(buyers));
            partner.actFor(buyers);
        }
        String oldMatch = partner.answerAddressMatch();
        boolean queueMoved = !answerQueue.equals(partner.getAnswerQueue());
        if (queueMoved) {
            changes.add("answer queue " + partner.getAnswerQueue() + " → " + answerQueue);
            partner.answerOn(answerQueue);
        }
        if (changes.isEmpty()) {
            return partner;
        }
        record(partner.getName(), "Changed: " + String.join("; ", changes));
        em.flush();
        if (queueMoved) {
            broker.allowReading(partner.answerAddressMatch(), ErpPartner.roleOf(partner.getName()), APPLICATION_ROLE);
            broker.forgetReading(oldMatch);
        }
        return partner;
    }

    private ErpPartner find(String name) {
        ErpPartner partner = name == null ? null : em.find(ErpPartner.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (partner == null) {
            throw InputRejected.because("partner", Phrase.of("problem.erp.noSuch", String.valueOf(name)));
        }
        return partner;
    }

    private void putBrokerUser(ErpPartner partner, String password) {
        broker.putUser(partner.getName(), password, List.of(PARTNER_ROLE, ErpPartner.roleOf(partner.getName())));
    }

    private void record(String partner, String change) {
        ErpPartnerChange recorded = new ErpPartnerChange(
                partner, clock.now(), session.getCallerPrincipal().getName(), change);
        em.persist(recorded);
        partnerWasChanged.fire(new ErpPartnerWasChanged(recorded));
    }

    private static String checkDescription(String description, List<InputRejected.Problem> problems) {
        String text = description == null ? "" : description.trim();
        if (text.isEmpty()) {
            problems.add(new InputRejected.Problem("description", Phrase.of("problem.erp.whose")));
        }
        InputRejected.checkLength(problems, "description", Phrase.of("what.description"), text, 200);
        return text;
    }

    private Set<String> checkBuyers(Collection<String> given, List<InputRejected.Problem> problems) {
        Set<String> buyers = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        for (String number : given == null ? List.<String>of() : given) {
            String trimmed = number == null ? "" : number.trim().toUpperCase(Locale.ROOT);
            if (trimmed.isEmpty()) {
                continue;
            }
            if (customers.byNumber(trimmed).isPresent()) {
                buyers.add(trimmed);
            } else {
                unknown.add(trimmed);
            }
        }
        if (!unknown.isEmpty()) {
            problems.add(new InputRejected.Problem(
                    "buyers", Phrase.of("problem.erp.customers", String.valueOf(String.join(", ", unknown)))));
        }
        return buyers;
    }

    private void checkAnswerQueue(String queue, String partnerName, List<InputRejected.Problem> problems) {
        if (!ErpPartner.QUEUE.matcher(queue).matches() || queue.length() > 200) {
            problems.add(new InputRejected.Problem(
                    "answerQueue",
                    Phrase.of("problem.erp.queueName", String.valueOf(partnerName.isEmpty() ? "acme" : partnerName))));
            return;
        }
        if (SYSTEM_QUEUES.contains(queue) || queue.startsWith("ordertrail.") || queue.startsWith("activemq.")) {
            problems.add(
                    new InputRejected.Problem("answerQueue", Phrase.of("problem.erp.ownQueue", String.valueOf(queue))));
            return;
        }
        for (ErpPartner other : all()) {
            String theirs = other.getAnswerQueue();
            if (!other.getName().equals(partnerName)
                    && (queue.equals(theirs) || queue.startsWith(theirs + ".") || theirs.startsWith(queue + "."))) {
                problems.add(new InputRejected.Problem(
                        "answerQueue",
                        Phrase.of("problem.erp.queueTaken", String.valueOf(other.getName()), String.valueOf(theirs))));
                return;
            }
        }
    }

    private static String listed(Collection<String> buyers) {
        return buyers.isEmpty() ? "(none)" : String.join(", ", buyers);
    }

    private static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static String newPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
