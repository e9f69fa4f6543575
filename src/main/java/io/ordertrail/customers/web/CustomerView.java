package io.ordertrail.customers.web;

import io.ordertrail.customers.application.CustomerRecords;
import io.ordertrail.customers.domain.Customer;
import io.ordertrail.customers.domain.CustomerDetails;
import io.ordertrail.customers.domain.CustomerVersion;
import io.ordertrail.customers.domain.VatTreatment;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.web.Messages;
import io.ordertrail.platform.web.PageLanguage;
import io.ordertrail.security.CurrentUser;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One customer's page: its details in one form (contacts, delivery addresses and identifiers as rows to add and
 * remove), saved with a reason as the next version; the history of versions; and (ADMIN) the service accounts that
 * may order for it. Without a number in the address it creates a customer.
 */
@Named
@ViewScoped
public class CustomerView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "customerForm";

    @Inject
    CustomerRecords records;

    @Inject
    CurrentUser currentUser;

    private String number;
    private Customer customer;
    private int basedOnVersion;
    private List<CustomerVersion> versions = List.of();
    private List<String> serviceAccounts = List.of();
    private String serviceAccount;

    private String name;
    private String email;
    private String phone;
    private String billingAddress;
    private String preferredConfirmation;
    private String notes;
    private String currency = CustomerDetails.DEFAULT_CURRENCY;
    private VatTreatment vatTreatment = VatTreatment.DOMESTIC;
    private String language = CustomerDetails.DEFAULT_LANGUAGE;
    private final List<ContactRow> contacts = new ArrayList<>();
    private final List<AddressRow> addresses = new ArrayList<>();
    private final List<IdentifierRow> identifiers = new ArrayList<>();
    private String reason;

    /** Loads the customer named in the address; an unknown number shows the not-found page. */
    public void load() throws IOException {
        if (number == null || number.isBlank()) {
            customer = null;
            addresses.add(new AddressRow(null, null, null, true));
            return;
        }
        customer = records.byNumber(number.trim()).orElse(null);
        if (customer == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No customer " + number);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        fill(customer);
    }

    private void fill(Customer c) {
        CustomerDetails d = c.details();
        name = d.name();
        email = d.email();
        phone = d.phone();
        billingAddress = d.billingAddress();
        preferredConfirmation = d.preferredConfirmation();
        notes = d.notes();
        currency = d.currency();
        vatTreatment = d.vatTreatment();
        language = d.language();
        contacts.clear();
        d.contacts().forEach(x -> contacts.add(new ContactRow(x.name(), x.email(), x.phone(), x.role())));
        addresses.clear();
        d.addresses()
                .forEach(
                        a -> addresses.add(new AddressRow(a.label(), a.address(), a.locationId(), a.defaultAddress())));
        identifiers.clear();
        d.identifiers().forEach(i -> identifiers.add(new IdentifierRow(i.scheme(), i.value())));
        basedOnVersion = c.getRecordVersion();
        reason = null;
        versions = records.versions(c.getCustomerNumber());
        serviceAccounts = currentUser.isAdmin() ? records.serviceAccounts(c.getCustomerNumber()) : List.of();
    }

    CustomerDetails details() {
        return new CustomerDetails(
                name,
                email,
                phone,
                billingAddress,
                preferredConfirmation,
                notes,
                contacts.stream()
                        .map(c -> new CustomerDetails.Contact(c.name, c.email, c.phone, c.role))
                        .toList(),
                addresses.stream()
                        .map(a -> new CustomerDetails.Address(a.label, a.address, a.locationId, a.defaultAddress))
                        .toList(),
                identifiers.stream()
                        .map(i -> new CustomerDetails.Identifier(i.scheme, i.value))
                        .toList(),
                currency,
                vatTreatment,
                language);
    }

    /** Saves the form as the next version (or creates the customer); problems go next to their fields. */
    public String save() {
        try {
            if (customer == null) {
                Customer created = records.create(details(), reason);
                Messages.info(PageLanguage.texts().get("customer.created", created.getLabel()));
                return "/customers/customer?faces-redirect=true&number=" + created.getCustomerNumber();
            }
            List<String> changes = records.change(customer.getCustomerNumber(), basedOnVersion, details(), reason);
            customer = records.byNumber(customer.getCustomerNumber()).orElseThrow();
            if (changes.isEmpty()) {
                Messages.infoOnThisPage(PageLanguage.texts().get("customer.unchanged"));
            } else {
                Messages.infoOnThisPage(
                        PageLanguage.texts().get("customer.saved", customer.getRecordVersion(), changes.size()));
            }
            fill(customer);
        } catch (InputRejected rejected) {
            Messages.errors(FORM, rejected.getProblems());
        }
        return null;
    }

    public void addContact() {
        contacts.add(new ContactRow(null, null, null, null));
    }

    public void removeContact(int index) {
        contacts.remove(index);
    }

    public void addAddress() {
        addresses.add(new AddressRow(null, null, null, addresses.isEmpty()));
    }

    public void removeAddress(int index) {
        boolean wasDefault = addresses.remove(index).defaultAddress;
        if (wasDefault && !addresses.isEmpty()) {
            addresses.get(0).defaultAddress = true;
        }
    }

    /** One default: ticking an address as default unticks the others. */
    public void chooseDefault(int index) {
        if (addresses.get(index).defaultAddress) {
            for (int i = 0; i < addresses.size(); i++) {
                addresses.get(i).defaultAddress = i == index;
            }
        }
    }

    public void addIdentifier() {
        identifiers.add(new IdentifierRow("GLN", null));
    }

    public void removeIdentifier(int index) {
        identifiers.remove(index);
    }

    public void linkServiceAccount() {
        try {
            records.linkServiceAccount(customer.getCustomerNumber(), serviceAccount);
            Messages.infoOnThisPage(
                    PageLanguage.texts().get("customer.linked", serviceAccount.trim(), customer.getLabel()));
            serviceAccount = null;
            serviceAccounts = records.serviceAccounts(customer.getCustomerNumber());
        } catch (InputRejected rejected) {
            Messages.errors("servicesForm", rejected.getProblems());
        }
    }

    public void unlinkServiceAccount(String account) {
        records.unlinkServiceAccount(customer.getCustomerNumber(), account);
        Messages.infoOnThisPage(PageLanguage.texts().get("customer.unlinked", account, customer.getLabel()));
        serviceAccounts = records.serviceAccounts(customer.getCustomerNumber());
    }

    public Map<String, String> getSchemes() {
        return CustomerDetails.SCHEMES;
    }

    public Map<String, String> getConfirmationChannels() {
        return CustomerDetails.CONFIRMATION_CHANNELS;
    }

    public boolean isNew() {
        return customer == null;
    }

    public Customer getCustomer() {
        return customer;
    }

    public List<CustomerVersion> getVersions() {
        return versions;
    }

    public List<String> getServiceAccounts() {
        return serviceAccounts;
    }

    public String getServiceAccount() {
        return serviceAccount;
    }

    public void setServiceAccount(String serviceAccount) {
        this.serviceAccount = serviceAccount;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getBillingAddress() {
        return billingAddress;
    }

    public void setBillingAddress(String billingAddress) {
        this.billingAddress = billingAddress;
    }

    public String getPreferredConfirmation() {
        return preferredConfirmation;
    }

    public void setPreferredConfirmation(String preferredConfirmation) {
        this.preferredConfirmation = preferredConfirmation;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public VatTreatment getVatTreatment() {
        return vatTreatment;
    }

    public void setVatTreatment(VatTreatment vatTreatment) {
        this.vatTreatment = vatTreatment;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    /** The languages a customer can be written to in, each named in its own language. */
    public List<java.util.Locale> getLanguages() {
        return io.ordertrail.platform.i18n.Texts.SUPPORTED;
    }

    public Map<String, String> getCurrencies() {
        return CustomerDetails.CURRENCIES;
    }

    public VatTreatment[] getVatTreatments() {
        return VatTreatment.values();
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<ContactRow> getContacts() {
        return contacts;
    }

    public List<AddressRow> getAddresses() {
        return addresses;
    }

    public List<IdentifierRow> getIdentifiers() {
        return identifiers;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /** A contact row as the form edits it. */
    public static class ContactRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String email;
        private String phone;
        private String role;

        ContactRow(String name, String email, String phone, String role) {
            this.name = name;
            this.email = email;
            this.phone = phone;
            this.role = role;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }
    }

    /** A delivery address row as the form edits it. */
    public static class AddressRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String label;
        private String address;
        private String locationId;
        private boolean defaultAddress;

        AddressRow(String label, String address, String locationId, boolean defaultAddress) {
            this.label = label;
            this.address = address;
            this.locationId = locationId;
            this.defaultAddress = defaultAddress;
        }

        public boolean isDefaultAddress() {
            return defaultAddress;
        }

        public void setDefaultAddress(boolean defaultAddress) {
            this.defaultAddress = defaultAddress;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public String getAddress() {
            return address;
        }

        public void setAddress(String address) {
            this.address = address;
        }

        public String getLocationId() {
            return locationId;
        }

        public void setLocationId(String locationId) {
            this.locationId = locationId;
        }
    }

    /** An identifier row as the form edits it. */
    public static class IdentifierRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String scheme;
        private String value;

        IdentifierRow(String scheme, String value) {
            this.scheme = scheme;
            this.value = value;
        }

        public String getScheme() {
            return scheme;
        }

        public void setScheme(String scheme) {
            this.scheme = scheme;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }
    }
}
