package io.ordertrail.customers.domain;

import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.InputRejected.Problem;
import io.ordertrail.platform.SequencedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/** A customer of the company, identified by a customer number that staff and customers quote. */
@Entity
@Table(name = "customer")
public class Customer extends SequencedEntity implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "customer_number", nullable = false, unique = true)
    private String customerNumber;

    @Column(nullable = false)
    private String name;

    private String email;

    private String phone;

    @Column(name = "default_delivery_address")
    private String defaultDeliveryAddress;

    @Column(name = "contact_name")
    private String contactName;

    /** How the customer last had an order confirmed (EMAIL, CALL or MESSAGE), offered first next time. */
    @Column(name = "preferred_confirmation")
    private String preferredConfirmation;

    /** The customer's GS1 Global Location Number, by which its ERP system names it as buyer. */
    private String gln;

    protected Customer() {}

    public Customer(String customerNumber, String name, String email, String phone, String defaultDeliveryAddress) {
        this.customerNumber = Objects.requireNonNull(customerNumber);
        this.name = Objects.requireNonNull(name);
        this.email = email;
        this.phone = phone;
        this.defaultDeliveryAddress = defaultDeliveryAddress;
    }

    /**
     * A new customer as staff enter them while taking an order. Every problem is reported at once; a customer with
     * any problem is not created.
     */
    public static Customer register(String customerNumber, NewCustomer details) {
        List<Problem> problems = details.problems();
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
        Customer customer = new Customer(
                customerNumber,
                details.name().trim(),
                trimToNull(details.email()),
                trimToNull(details.phone()),
                trimToNull(details.address()));
        customer.contactName = trimToNull(details.contactName());
        return customer;
    }

    private static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public void prefersConfirmationBy(String channel) {
        this.preferredConfirmation = channel;
    }

    public String getPreferredConfirmation() {
        return preferredConfirmation;
    }

    public String getContactName() {
        return contactName;
    }

    public String getCustomerNumber() {
        return customerNumber;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getDefaultDeliveryAddress() {
        return defaultDeliveryAddress;
    }

    /** How staff see the customer in lists: number and name. */
    public String getLabel() {
        return customerNumber + " · " + name;
    }

    public String getGln() {
        return gln;
    }

    /** Records the GLN the customer's ERP system uses for it. */
    public void identifiedByGln(String gln) {
        this.gln = trimToNull(gln);
    }
}
