package io.ordertrail.customers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/**
 * A place the customer has goods delivered to: a label staff know it by, the address, and the identifier (such as a
 * GLN) by which the customer's ERP names it as delivery location. One of a customer's addresses is the default.
 */
@Embeddable
public class DeliveryAddress implements Serializable {

    private static final long serialVersionUID = 1L;

    private String label;

    @Column(nullable = false)
    private String address;

    @Column(name = "location_id")
    private String locationId;

    @Column(name = "is_default", nullable = false)
    private boolean defaultAddress;

    protected DeliveryAddress() {}

    DeliveryAddress(CustomerDetails.Address address, boolean defaultAddress) {
        this.label = CustomerDetails.trimToNull(address.label());
        this.address = address.address().trim();
        this.locationId = CustomerDetails.trimToNull(address.locationId());
        this.defaultAddress = defaultAddress;
    }

    public CustomerDetails.Address details() {
        return new CustomerDetails.Address(label, address, locationId, defaultAddress);
    }

    public String getLabel() {
        return label;
    }

    public String getAddress() {
        return address;
    }

    public String getLocationId() {
        return locationId;
    }

    public boolean isDefaultAddress() {
        return defaultAddress;
    }
}
