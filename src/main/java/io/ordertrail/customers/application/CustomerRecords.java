package io.ordertrail.customers.application;

import io.ordertrail.customers.domain.Customer;
import io.ordertrail.customers.domain.CustomerDetails;
import io.ordertrail.customers.domain.CustomerVersion;
import io.ordertrail.customers.domain.CustomerWasChanged;
import io.ordertrail.customers.domain.PartyIdentifier;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.DatabaseSequences;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.InputRejected.Problem;
import io.ordertrail.platform.LikePattern;
import io.ordertrail.platform.i18n.Phrase;
import io.ordertrail.security.Roles;
import io.ordertrail.security.UserAccount;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The customer records staff keep: create a customer, change its details with a reason (each change a version),
 * search by any detail, and read the history.
 */
@Stateless
@DenyAll
public class CustomerRecords {

    static final String CUSTOMER_NUMBER_SEQUENCE = "customer_number_seq";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    BusinessClock clock;

    @Inject
    CustomerDirectory directory;

    @Inject
    jakarta.enterprise.event.Event<CustomerWasChanged> customerWasChanged;

    /**
     * Creates a customer with the next free customer number; the reason is the first version's.
     *
     * @throws InputRejected naming each invalid field, or the identifier another customer has; nothing is stored then
     */
    @RolesAllowed({Roles.SALES, Roles.MANAGER})
    public Customer create(CustomerDetails details, String reason) {
        requireReason(reason);
        Customer customer = Customer.create("C-" + DatabaseSequences.next(em, CUSTOMER_NUMBER_SEQUENCE), details);
        requireIdentifiersFree(customer);
        em.persist(customer);
        recordVersion(customer, reason.trim(), customer.asFirstVersion());
        return customer;
    }

    /**
     * Changes the customer's details and keeps the change as the next version, with who, when and why.
     *
     * @param basedOnVersion the version the person edited; a change on an older one is refused, so that nobody
     *                       overwrites a change they have not seen
     * @return the changes, one line a detail; empty when nothing differed (then no version is made)
     * @throws InputRejected when the reason is missing, a field is invalid, an identifier belongs to another customer
     *                       or the customer changed meanwhile; nothing is stored then
     */
    @RolesAllowed({Roles.SALES, Roles.MANAGER})
    public List<String> change(String customerNumber, int basedOnVersion, CustomerDetails details, String reason) {
        requireReason(reason);
        Customer customer = lockedCustomer(customerNumber);
        if (customer.getRecordVersion() != basedOnVersion) {
            throw InputRejected.because(
                    "reason",
                    Phrase.of(
                            "problem.customer.changedMeanwhile",
                            String.valueOf(customer.getLabel()),
                            String.valueOf(customer.getRecordVersion())));
        }
        List<String> changes = customer.change(details);
        requireIdentifiersFree(customer);
        if (!changes.isEmpty()) {
            recordVersion(customer, reason.trim(), changes);
        }
        return changes;
    }

    /** Keeps the version, and tells the rest (the audit trail, the orders' search text) in this transaction. */
    private void recordVersion(Customer customer, String reason, List<String> changes) {
        em.persist(new CustomerVersion(customer, session.getCallerPrincipal().getName(), clock.now(), reason, changes));
        customerWasChanged.fire(
                new CustomerWasChanged(customer.getCustomerNumber(), customer.getRecordVersion(), reason, changes));
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw InputRejected.because("reason", Phrase.of("problem.customer.why"));
        }
        if (reason.trim().length() > CustomerVersion.MAX_REASON) {
            throw InputRejected.because(
                    "reason", Phrase.of("problem.reason.length", String.valueOf(CustomerVersion.MAX_REASON)));
        }
    }

    /** @throws InputRejected when another customer already has one of this customer's identifiers */
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATION})
    public void requireIdentifiersFree(Customer customer) {
        List<Problem> problems = new ArrayList<>();
        List<PartyIdentifier> identifiers = customer.getIdentifiers();
        for (int i = 0; i < identifiers.size(); i++) {
            PartyIdentifier id = identifiers.get(i);
            Optional<Customer> other = withIdentifier(id.getScheme(), id.getValue())
                    .filter(c -> !c.getCustomerNumber().equals(customer.getCustomerNumber()));
            if (other.isPresent()) {
                problems.add(new Problem(
                        "identifiers[" + i + "].value",
                        Phrase.of(
                                "problem.customer.identifierTaken",
                                String.valueOf(id.getScheme()),
                                String.valueOf(id.getValue()),
                                String.valueOf(other.get().getLabel()))));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
    }

    private Optional<Customer> withIdentifier(String scheme, String value) {
        return em.createQuery(
                        "select c from Customer c join c.identifiers i where i.scheme = :s and i.value = :v",
                        Customer.class)
                .setParameter("s", scheme)
                .setParameter("v", value)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    private Customer lockedCustomer(String customerNumber) {
        return em.createQuery("select c from Customer c where c.customerNumber = :n", Customer.class)
                .setParameter("n", customerNumber)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> InputRejected.because(
                        "customer", Phrase.of("problem.customer.noSuch", String.valueOf(customerNumber))));
    }

    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    public Optional<Customer> byNumber(String customerNumber) {
        return directory.byNumber(customerNumber);
    }

    /** The customer's versions, newest first. */
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    public List<CustomerVersion> versions(String customerNumber) {
        return em.createQuery(
                        "select v from CustomerVersion v where v.customerNumber = :n order by v.versionNumber desc",
                        CustomerVersion.class)
                .setParameter("n", customerNumber)
                .getResultList();
    }

    /** A page of the customers any of whose details contain the text, by name. */
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    public List<Customer> search(String text, int first, int size) {
        return em.createQuery(
                        "select c from Customer c where c.searchText like :p escape '!'"
                                + " order by c.name, c.customerNumber",
                        Customer.class)
                .setParameter("p", pattern(text))
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    public long count(String text) {
        return em.createQuery("select count(c) from Customer c where c.searchText like :p escape '!'", Long.class)
                .setParameter("p", pattern(text))
                .getSingleResult();
    }

    private static String pattern(String text) {
        return LikePattern.containing(text == null ? "" : text.trim().toLowerCase(Locale.ROOT));
    }

    /** The service accounts (online platforms) that may see and order for the customer. */
    @RolesAllowed(Roles.ADMIN)
    @SuppressWarnings("unchecked")
    public List<String> serviceAccounts(String customerNumber) {
        return em.createNativeQuery(
                        "select account from customer_service_account where customer_number = ? order by account")
                .setParameter(1, customerNumber)
                .getResultList();
    }

    /**
     * Lets a service account (a user with the INTEGRATION role) see and order for the customer.
     *
     * @throws InputRejected when there is no such customer or service account
     */
    @RolesAllowed(Roles.ADMIN)
    public void linkServiceAccount(String customerNumber, String account) {
        String name = account == null ? "" : account.trim();
        UserAccount user = name.isEmpty() ? null : em.find(UserAccount.class, name);
        if (user == null || !user.getRoles().contains(Roles.INTEGRATION)) {
            throw InputRejected.because(
                    "serviceAccount", Phrase.of("problem.customer.noServiceAccount", String.valueOf(name)));
        }
        byNumber(customerNumber)
                .orElseThrow(() -> InputRejected.because("serviceAccount", "There is no customer " + customerNumber));
        directory.linkToServiceAccount(customerNumber, name);
    }

    /** Stops a service account from seeing and ordering for the customer. */
    @RolesAllowed(Roles.ADMIN)
    public void unlinkServiceAccount(String customerNumber, String account) {
        em.createNativeQuery("delete from customer_service_account where customer_number = ? and account = ?")
                .setParameter(1, customerNumber)
                .setParameter(2, account)
                .executeUpdate();
    }
}
