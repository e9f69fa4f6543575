package io.ordertrail.customers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/**
 * An identifier other systems know the customer by: a scheme (GLN, DUNS, VAT, a PEPPOL participant ID or an ISO 6523
 * ICD code) and the value in it. A value belongs to one customer per scheme.
 */
@Embeddable
public class PartyIdentifier implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false)
    private String scheme;

    @Column(name = "identifier", nullable = false)
    private String value;

    protected PartyIdentifier() {}

    PartyIdentifier(CustomerDetails.Identifier identifier) {
        this.scheme = identifier.scheme().trim().toUpperCase(java.util.Locale.ROOT);
        this.value = identifier.value().trim();
    }

    public CustomerDetails.Identifier details() {
        return new CustomerDetails.Identifier(scheme, value);
    }

    public String getScheme() {
        return scheme;
    }

    public String getValue() {
        return value;
    }
}
