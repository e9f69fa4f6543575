package io.ordertrail.customers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** A person at the customer whom staff deal with: name, email, phone, and what they do there. */
@Embeddable
public class CustomerContact implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false)
    private String name;

    private String email;

    private String phone;

    @Column(name = "contact_role")
    private String role;

    protected CustomerContact() {}

    CustomerContact(CustomerDetails.Contact contact) {
        this.name = contact.name().trim();
        this.email = CustomerDetails.trimToNull(contact.email());
        this.phone = CustomerDetails.trimToNull(contact.phone());
        this.role = CustomerDetails.trimToNull(contact.role());
    }

    public CustomerDetails.Contact details() {
        return new CustomerDetails.Contact(name, email, phone, role);
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

    public String getRole() {
        return role;
    }
}
