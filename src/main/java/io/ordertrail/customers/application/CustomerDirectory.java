package io.ordertrail.customers.application;

import io.ordertrail.customers.domain.Customer;
import io.ordertrail.customers.domain.CustomerDetails;
import io.ordertrail.customers.domain.CustomerVersion;
import io.ordertrail.customers.domain.CustomerWasChanged;
import io.ordertrail.customers.domain.NewCustomer;
import io.ordertrail.platform.DatabaseSequences;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.LikePattern;
import io.ordertrail.security.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finding customers when an order comes in. */
@Stateless
@DenyAll
public class CustomerDirectory {

    static final int MAX_RESULTS = 20;

    @Inject
    CustomerRecords records;

    @PersistenceContext
    EntityManager em;

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext session;

    @jakarta.inject.Inject
    io.ordertrail.platform.BusinessClock clock;

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<CustomerWasChanged> customerWasChanged;

    /** Customers any of whose details (number, name, email, phone, contacts, addresses, identifiers) contain the text. */
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    public List<Customer> search(String text) {
        String pattern = LikePattern.containing(text == null ? "" : text.trim().toLowerCase(Locale.ROOT));
        return em.createQuery(
                        "select c from Customer c where c.searchText like :p escape '!' order by c.name",
                        Customer.class)
                .setParameter("p", pattern)
                .setMaxResults(MAX_RESULTS)
                .getResultList();
    }

    /**
     * Creates a customer while an order is taken, with the next free customer number.
     *
     * @throws io.ordertrail.platform.InputRejected naming each invalid field; nothing is stored then
     */
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.INTEGRATION})
    public Customer register(NewCustomer details) {
        Customer customer =
                Customer.register("C-" + DatabaseSequences.next(em, CustomerRecords.CUSTOMER_NUMBER_SEQUENCE), details);
        try {
            records.requireIdentifiersFree(customer);
        } catch (InputRejected taken) { // a registered customer's only identifier is the VAT number it gave
            throw new InputRejected(taken.getProblems().stream()
                    .map(p -> new InputRejected.Problem("vatNumber", p.message(), p.phrase()))
                    .toList());
        }
        em.persist(customer);
        String reason =
                session.isCallerInRole(Roles.INTEGRATION) ? "Registered through the API" : "Registered with an order";
        List<String> changes = customer.asFirstVersion();
        em.persist(new CustomerVersion(customer, caller(), clock.now(), reason, changes));
        customerWasChanged.fire(new CustomerWasChanged(customer.getCustomerNumber(), 1, reason, changes));
        if (session.isCallerInRole(Roles.INTEGRATION)) { // a platform sees the customers it registers
            linkToServiceAccount(
                    customer.getCustomerNumber(), session.getCallerPrincipal().getName());
        }
        return customer;
    }

    /**
     * The customer, when the calling service account may see it: one it registered, or one linked to it. Any other
     * number is "no customer" to it, so that the sequential numbers cannot be probed.
     */
    @RolesAllowed(Roles.INTEGRATION)
    public Optional<Customer> ofCallingServiceAccount(String customerNumber) {
        // one read for the customer and its link: every API order asks this first
        return em.createNativeQuery(
                        "select c.* from customer c join customer_service_account a"
                                + " on a.customer_number = c.customer_number"
                                + " where c.customer_number = ? and a.account = ?",
                        Customer.class)
                .setParameter(1, customerNumber)
                .setParameter(2, caller())
                .getResultStream()
                .map(Customer.class::cast)
                .findFirst();
    }

    /** Lets a service account see and order for the customer. */
    @RolesAllowed(Roles.ADMIN)
    public void linkToServiceAccount(String customerNumber, String account) {
        if (!isLinked(customerNumber, account)) {
            em.createNativeQuery("insert into customer_service_account (customer_number, account, linked_at)"
                            + " values (?, ?, ?)")
                    .setParameter(1, customerNumber)
                    .setParameter(2, account)
                    .setParameter(3, java.sql.Timestamp.from(clock.now()))
                    .executeUpdate();
        }
    }

    private boolean isLinked(String customerNumber, String account) {
        return !em.createNativeQuery("select 1 from customer_service_account where customer_number = ? and account = ?")
                .setParameter(1, customerNumber)
                .setParameter(2, account)
                .getResultList()
                .isEmpty();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATION})
    public Optional<Customer> byNumber(String customerNumber) {
        return em.createQuery("select c from Customer c where c.customerNumber = :n", Customer.class)
                .setParameter("n", customerNumber)
                .getResultStream()
                .findFirst();
    }

    /**
     * The customer a PEPPOL document names by an identifier in an ISO 6523 scheme ({@code 0088}, {@code 0192} …):
     * one of the customer's identifiers in that scheme (or the scheme staff pick for it: GLN for 0088, DUNS for 0060),
     * or its PEPPOL participant ID {@code scheme:value}.
     */
    @RolesAllowed(Roles.INTEGRATION)
    public Optional<Customer> byPartyIdentifier(String scheme, String value) {
        return em.createQuery(
                        "select c from Customer c join c.identifiers i where (i.scheme in :schemes and i.value = :v)"
                                + " or (i.scheme = 'PEPPOL' and i.value = :participant) order by c.customerNumber",
                        Customer.class)
                .setParameter("schemes", CustomerDetails.schemesMeaning(scheme))
                .setParameter("v", value)
                .setParameter("participant", scheme + ":" + value)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /**
     * The customer a buyer's system names by one of its identifiers (a GLN, usually) in any scheme on record: a
     * document's scheme attributes vary (GLN, 0088, none), the value does not.
     */
    @RolesAllowed(Roles.INTEGRATION)
    public Optional<Customer> byIdentifier(String value) {
        return em.createQuery(
                        "select c from Customer c join c.identifiers i where i.value = :v order by c.customerNumber",
                        Customer.class)
                .setParameter("v", value)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
