package io.ordertrail.customers.application;

import io.ordertrail.customers.domain.Customer;
import io.ordertrail.customers.domain.NewCustomer;
import io.ordertrail.platform.DatabaseSequences;
import io.ordertrail.platform.LikePattern;
import io.ordertrail.security.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
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
    private static final String CUSTOMER_NUMBER_SEQUENCE = "customer_number_seq";

    @PersistenceContext
    EntityManager em;

    /** Customers whose number, name, email or phone contains the text, best known first. */
    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN})
    public List<Customer> search(String text) {
        String pattern = LikePattern.containing(text == null ? "" : text.trim().toLowerCase(Locale.ROOT));
        return em.createQuery(
                        "select c from Customer c where lower(c.customerNumber) like :p escape '!'"
                                + " or lower(c.name) like :p escape '!' or lower(c.email) like :p escape '!'"
                                + " or c.phone like :p escape '!' order by c.name",
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
        Customer customer = Customer.register("C-" + DatabaseSequences.next(em, CUSTOMER_NUMBER_SEQUENCE), details);
        em.persist(customer);
        return customer;
    }

    @RolesAllowed({Roles.SALES, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATION})
    public Optional<Customer> byNumber(String customerNumber) {
        return em.createQuery("select c from Customer c where c.customerNumber = :n", Customer.class)
                .setParameter("n", customerNumber)
                .getResultStream()
                .findFirst();
    }

    /** The customer a buyer's system names by its GLN (Global Location Number). */
    @RolesAllowed(Roles.INTEGRATION)
    public Optional<Customer> byGln(String gln) {
        return em.createQuery("select c from Customer c where c.gln = :gln", Customer.class)
                .setParameter("gln", gln)
                .getResultStream()
                .findFirst();
    }
}
