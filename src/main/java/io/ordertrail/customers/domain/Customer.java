package io.ordertrail.customers.domain;

import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.InputRejected.Problem;
import io.ordertrail.platform.SequencedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

    /** How the customer last had an order confirmed (EMAIL, CALL or MESSAGE), offered first next time. */
    @Column(name = "preferred_confirmation")
    private String preferredConfirmation;

    @Column(name = "billing_address")
    private String billingAddress;

    private String notes;

    /** The currency the customer is billed in, ISO 4217 (V42). */
    @Column(nullable = false)
    private String currency = "GBP";

    /** How VAT applies to what the customer orders (V42). */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "vat_treatment", nullable = false)
    private VatTreatment vatTreatment = VatTreatment.DOMESTIC;

    /** The language confirmations and other texts to the customer are written in: a tag such as "de" (V44). */
    @Column(nullable = false)
    private String language = CustomerDetails.DEFAULT_LANGUAGE;

    /** The number of the customer's latest version; each change with its reason makes the next. */
    @Column(name = "record_version", nullable = false)
    private int recordVersion = 1;

    /** Everything staff search by, lower case, in one column. */
    @Column(name = "search_text")
    private String searchText;

    @ElementCollection
    @CollectionTable(name = "customer_contact", joinColumns = @JoinColumn(name = "customer_id"))
    @OrderColumn(name = "position")
    private List<CustomerContact> contacts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "customer_delivery_address", joinColumns = @JoinColumn(name = "customer_id"))
    @OrderColumn(name = "position")
    private List<DeliveryAddress> deliveryAddresses = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "customer_identifier", joinColumns = @JoinColumn(name = "customer_id"))
    @OrderColumn(name = "position")
    private List<PartyIdentifier> identifiers = new ArrayList<>();

    protected Customer() {}

    public Customer(String customerNumber, String name, String email, String phone, String defaultDeliveryAddress) {
        this.customerNumber = Objects.requireNonNull(customerNumber);
        this.name = Objects.requireNonNull(name);
        this.email = email;
        this.phone = phone;
        if (defaultDeliveryAddress != null) {
            deliveryAddresses.add(
                    new DeliveryAddress(new CustomerDetails.Address("Main", defaultDeliveryAddress, null, true), true));
        }
        this.defaultDeliveryAddress = defaultDeliveryAddress;
        this.searchText = searchTextOf();
    }

    /**
     * A customer with all its details, as staff create one on the customers page or in an import.
     *
     * @throws InputRejected naming each invalid field; nothing is created then
     */
    public static Customer create(String customerNumber, CustomerDetails details) {
        requireValid(details);
        Customer customer = new Customer(customerNumber, details.name().trim(), null, null, null);
        customer.apply(details);
        return customer;
    }

    /**
     * Replaces the customer's details and counts the next version; returns what changed, field by field, in words.
     * Orders keep the values they were taken with: they copy what they use.
     *
     * @throws InputRejected naming each invalid field; nothing is changed then
     */
    public List<String> change(CustomerDetails details) {
        requireValid(details);
        Map<String, String> before = snapshot();
        apply(details);
        List<String> changes = differences(before, snapshot());
        if (!changes.isEmpty()) {
            recordVersion++;
        }
        return changes;
    }

    private static void requireValid(CustomerDetails details) {
        List<Problem> problems = details.problems();
        if (!problems.isEmpty()) {
            throw new InputRejected(problems);
        }
    }

    private void apply(CustomerDetails details) {
        this.name = details.name().trim();
        this.email = trimToNull(details.email());
        this.phone = trimToNull(details.phone());
        this.billingAddress = trimToNull(details.billingAddress());
        this.preferredConfirmation = trimToNull(details.preferredConfirmation());
        this.notes = trimToNull(details.notes());
        contacts.clear();
        details.contacts().forEach(c -> contacts.add(new CustomerContact(c)));
        deliveryAddresses.clear();
        boolean anyDefault = details.addresses().stream().anyMatch(CustomerDetails.Address::defaultAddress);
        for (int i = 0; i < details.addresses().size(); i++) {
            CustomerDetails.Address a = details.addresses().get(i);
            deliveryAddresses.add(new DeliveryAddress(a, anyDefault ? a.defaultAddress() : i == 0));
        }
        this.defaultDeliveryAddress =
                defaultAddress().map(DeliveryAddress::getAddress).orElse(null);
        identifiers.clear();
        details.identifiers().forEach(i -> identifiers.add(new PartyIdentifier(i)));
        this.currency = details.currency();
        this.vatTreatment = details.vatTreatment();
        this.language = details.language();
        this.searchText = searchTextOf();
    }

    /** The customer's details as the customer page edits them. */
    public CustomerDetails details() {
        return new CustomerDetails(
                name,
                email,
                phone,
                billingAddress,
                preferredConfirmation,
                notes,
                contacts.stream().map(CustomerContact::details).toList(),
                deliveryAddresses.stream().map(DeliveryAddress::details).toList(),
                identifiers.stream().map(PartyIdentifier::details).toList(),
                currency,
                vatTreatment,
                language);
    }

    /** Each detail under the name staff know it by, for the record of what a change changed. */
    public Map<String, String> snapshot() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("Name", name);
        s.put("Email", email);
        s.put("Phone", phone);
        s.put("Billing address", billingAddress);
        s.put("Confirm by", preferredConfirmation);
        s.put("Notes", notes);
        s.put("Currency", currency);
        s.put("VAT", vatTreatment.getLabel());
        s.put("Language", language);
        for (int i = 0; i < contacts.size(); i++) {
            CustomerContact c = contacts.get(i);
            s.put("Contact " + (i + 1), joined(c.getName(), c.getRole(), c.getEmail(), c.getPhone()));
        }
        for (int i = 0; i < deliveryAddresses.size(); i++) {
            DeliveryAddress a = deliveryAddresses.get(i);
            s.put(
                    "Delivery address " + (i + 1),
                    joined(
                            a.getLabel(),
                            a.getAddress(),
                            a.getLocationId() == null ? null : "location " + a.getLocationId(),
                            a.isDefaultAddress() ? "default" : null));
        }
        for (PartyIdentifier id : identifiers) {
            s.merge("Identifier " + id.getScheme(), id.getValue(), (x, y) -> x + ", " + y);
        }
        return s;
    }

    /** A new customer's details as the changes of its first version: each detail from nothing. */
    public List<String> asFirstVersion() {
        return differences(Map.of(), snapshot());
    }

    /** What changed from one snapshot to the next, one line a detail: "Phone: +46 8 1 → +46 8 2". */
    public static List<String> differences(Map<String, String> before, Map<String, String> after) {
        List<String> changes = new ArrayList<>();
        Stream.concat(before.keySet().stream(), after.keySet().stream())
                .distinct()
                .forEach(key -> {
                    String was = before.get(key);
                    String is = after.get(key);
                    if (!Objects.equals(was, is)) {
                        changes.add(key + ": " + (was == null ? "(none)" : was) + " → " + (is == null ? "(none)" : is));
                    }
                });
        return changes;
    }

    private static String joined(String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).collect(Collectors.joining(" · "));
    }

    private String searchTextOf() {
        List<String> parts = new ArrayList<>(List.of(customerNumber, name));
        Stream.of(email, phone, billingAddress, notes).filter(Objects::nonNull).forEach(parts::add);
        contacts.forEach(c -> Stream.of(c.getName(), c.getEmail(), c.getPhone(), c.getRole())
                .filter(Objects::nonNull)
                .forEach(parts::add));
        deliveryAddresses.forEach(a -> Stream.of(a.getLabel(), a.getAddress(), a.getLocationId())
                .filter(Objects::nonNull)
                .forEach(parts::add));
        identifiers.forEach(i -> parts.add(i.getValue()));
        String text = String.join(" ", parts).toLowerCase(Locale.ROOT);
        return text.length() > MAX_SEARCH_TEXT ? text.substring(0, MAX_SEARCH_TEXT) : text;
    }

    private static final int MAX_SEARCH_TEXT = 4000;

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
        if (details.language() != null && !details.language().isBlank()) {
            customer.language = details.language().strip().toLowerCase(Locale.ROOT);
        }
        if (details.contactName() != null && !details.contactName().isBlank()) {
            customer.contacts.add(
                    new CustomerContact(new CustomerDetails.Contact(details.contactName(), null, null, null)));
        }
        if (details.billed()) {
            customer.billedIn(
                    trimToNull(details.currency()),
                    details.vatTreatment() == null || details.vatTreatment().isBlank()
                            ? null
                            : VatTreatment.valueOf(details.vatTreatment().trim()),
                    trimToNull(details.vatNumber()));
        }
        customer.searchText = customer.searchTextOf();
        return customer;
    }

    private static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /**
     * Remembers how an order was confirmed, to offer it first next time, when staff have not recorded a preference on
     * the customer page; a recorded preference is only changed there, with a reason.
     */
    public void prefersConfirmationBy(String channel) {
        if (preferredConfirmation == null) {
            this.preferredConfirmation = channel;
        }
    }

    public String getPreferredConfirmation() {
        return preferredConfirmation;
    }

    /** The first contact's name, the person staff ask for. */
    public String getContactName() {
        return contacts.isEmpty() ? null : contacts.get(0).getName();
    }

    public List<CustomerContact> getContacts() {
        return List.copyOf(contacts);
    }

    public List<DeliveryAddress> getDeliveryAddresses() {
        return List.copyOf(deliveryAddresses);
    }

    public List<PartyIdentifier> getIdentifiers() {
        return List.copyOf(identifiers);
    }

    public Optional<DeliveryAddress> defaultAddress() {
        return deliveryAddresses.stream()
                .filter(DeliveryAddress::isDefaultAddress)
                .findFirst();
    }

    /** The delivery address the customer's ERP names by this location identifier. */
    public Optional<DeliveryAddress> addressAtLocation(String locationId) {
        return deliveryAddresses.stream()
                .filter(a -> a.getLocationId() != null && a.getLocationId().equalsIgnoreCase(locationId))
                .findFirst();
    }

    public String getBillingAddress() {
        return billingAddress;
    }

    public String getNotes() {
        return notes;
    }

    public int getRecordVersion() {
        return recordVersion;
    }

    public java.util.Currency getCurrency() {
        return java.util.Currency.getInstance(currency);
    }

    /** The shipped language the customer is written to in. */
    public java.util.Locale getLocale() {
        return io.ordertrail.platform.i18n.Texts.ofTag(language).orElse(java.util.Locale.ENGLISH);
    }

    public String getLanguage() {
        return language;
    }

    public VatTreatment getVatTreatment() {
        return vatTreatment;
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

    /** The customer's GS1 Global Location Number, by which its ERP system names it as buyer; null without one. */
    public String getGln() {
        return identifiers.stream()
                .filter(i -> i.getScheme().equals("GLN") || i.getScheme().equals("0088"))
                .map(PartyIdentifier::getValue)
                .findFirst()
                .orElse(null);
    }

    /**
     * Bills the customer in a currency under a VAT treatment, with the VAT number reverse charge needs (demo data;
     * staff do it on the customer page).
     *
     * @throws InputRejected as the customer page would
     */
    public void billedIn(String currency, VatTreatment treatment, String vatNumber) {
        List<CustomerDetails.Identifier> ids = new ArrayList<>(details().identifiers());
        if (vatNumber != null) {
            ids.add(new CustomerDetails.Identifier("VAT", vatNumber));
        }
        CustomerDetails billed = details().billedIn(ids, currency, treatment);
        requireValid(billed);
        apply(billed); // part of the customer's first version, as the customer page would create it
    }

    /** Records the GLN the customer's ERP system uses for it (demo data; staff do it on the customer page). */
    public void identifiedByGln(String gln) {
        identifiers.add(new PartyIdentifier(new CustomerDetails.Identifier("GLN", gln)));
        this.searchText = searchTextOf();
    }
}
