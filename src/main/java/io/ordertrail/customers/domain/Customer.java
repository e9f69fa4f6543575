package io.ordertrail.customers.domain;

import io.ordertrail.platform.SequencedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.Objects;

/** A customer of the company, identified by a customer number that staff and customers quote. */
@Entity
@Table(name = "customer")
public class Customer extends SequencedEntity {

    @Column(name = "customer_number", nullable = false, unique = true)
    private String customerNumber;

    @Column(nullable = false)
    private String name;

    private String email;

    private String phone;

    @Column(name = "default_delivery_address")
    private String defaultDeliveryAddress;

    protected Customer() {
    }

    public Customer(String customerNumber, String name, String email, String phone, String defaultDeliveryAddress) {
        this.customerNumber = Objects.requireNonNull(customerNumber);
        this.name = Objects.requireNonNull(name);
        this.email = email;
        this.phone = phone;
        this.defaultDeliveryAddress = defaultDeliveryAddress;
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
}
