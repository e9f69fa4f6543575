package io.ordertrail.customers.application;

import io.ordertrail.customers.domain.Customer;
import io.ordertrail.customers.domain.CustomerDetails;
import io.ordertrail.customers.domain.CustomerDetails.Address;
import io.ordertrail.customers.domain.CustomerDetails.Contact;
import io.ordertrail.customers.domain.CustomerDetails.Identifier;
import io.ordertrail.customers.domain.CustomerVersion;
import io.ordertrail.customers.domain.CustomerWasChanged;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.DatabaseSequences;
import io.ordertrail.platform.InputRejected;
import io.ordertrail.platform.InputRejected.Problem;
import io.ordertrail.platform.csv.CsvTable;
import io.ordertrail.platform.csv.ImportWasMade;
import io.ordertrail.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An ADMIN's customer import from CSV (from the old system, or a master-data export): new customers are created,
 * known ones (by customer_number) updated with what the row gives, each as a version whose reason names the file.
 * One transaction per file: every bad row is reported with its line number, and a file with any bad row changes
 * nothing.
 */
@Stateless
@DenyAll
public class CustomerImport {

    public static final List<String> REQUIRED = List.of("name");
    public static final List<String> OPTIONAL = List.of(
            "customer_number",
            "email",
            "phone",
            "billing_address",
            "delivery_address",
            "delivery_location_id",
            "gln",
            "contact_name",
            "contact_email",
            "contact_phone",
            "contact_role",
            "preferred_confirmation",
            "notes");

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<ImportWasMade> importWasMade;

    @Resource
    SessionContext session;

    @Inject
    BusinessClock clock;

    @Inject
    CustomerRecords records;

    @Inject
    jakarta.enterprise.event.Event<CustomerWasChanged> customerWasChanged;

    /** Creates and updates the customers of the file; returns how many rows were applied. */
    @RolesAllowed(Roles.ADMIN)
    public int importCustomers(String csv, String fileName) {
        CsvTable.Read<Row> read = CsvTable.parse(csv, REQUIRED, OPTIONAL).read(Row::new);
        // every problem of the file at once: the rows that cannot be read, and what is wrong with the others
        List<Row> rows = read.values();
        List<Problem> problems = new ArrayList<>(read.problems());
        problems.addAll(CsvTable.repeatedKeys(
                rows.stream().filter(r -> r.number != null).toList(), r -> r.number, r -> r.line, "customer"));
        problems.addAll(CsvTable.repeatedKeys(
                rows.stream().filter(r -> r.gln != null).toList(), r -> r.gln, r -> r.line, "the GLN"));
        Map<String, Customer> known = known(rows);
        Map<Row, CustomerDetails> details = new HashMap<>();
        for (Row row : rows) {
            Customer customer = row.number == null ? null : known.get(row.number);
            CustomerDetails merged = row.over(customer == null ? null : customer.details());
            List<Problem> rowProblems = merged.problems();
            if (rowProblems.isEmpty()) {
                details.put(row, merged);
            } else {
                problems.add(new Problem(
                        "line " + row.line,
                        "Line " + row.line + ": "
                                + rowProblems.stream()
                                        .map(p -> column(p.field()) + ": " + p.message())
                                        .collect(Collectors.joining(" "))));
            }
        }
        CsvTable.rejectIfAny(problems);
        String reason = "Imported from " + (fileName == null || fileName.isBlank() ? "a CSV file" : fileName);
        String by = session.getCallerPrincipal().getName();
        for (Row row : rows) {
            Customer customer = row.number == null ? null : known.get(row.number);
            List<String> changes;
            if (customer == null) {
                String number = row.number != null
                        ? row.number
                        : "C-" + DatabaseSequences.next(em, CustomerRecords.CUSTOMER_NUMBER_SEQUENCE);
                customer = Customer.create(number, details.get(row));
                em.persist(customer);
                changes = customer.asFirstVersion();
            } else {
                changes = customer.change(details.get(row));
            }
            try {
                records.requireIdentifiersFree(customer);
            } catch (InputRejected taken) {
                problems.add(new Problem(
                        "line " + row.line,
                        "Line " + row.line + ": gln: "
                                + taken.getProblems().get(0).message()));
            }
            if (!changes.isEmpty()) {
                em.persist(new CustomerVersion(customer, by, clock.now(), reason, changes));
                customerWasChanged.fire(new CustomerWasChanged(
                        customer.getCustomerNumber(), customer.getRecordVersion(), reason, changes));
            }
        }
        CsvTable.rejectIfAny(problems); // rolls back the whole file
        importWasMade.fire(new ImportWasMade("customers", rows.size(), csv));
        return rows.size();
    }

    private Map<String, Customer> known(List<Row> rows) {
        List<String> numbers =
                rows.stream().map(r -> r.number).filter(Objects::nonNull).toList();
        if (numbers.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select c from Customer c where c.customerNumber in :n", Customer.class)
                .setParameter("n", numbers)
                .getResultStream()
                .collect(Collectors.toMap(Customer::getCustomerNumber, Function.identity()));
    }

    /** The file's column a detail comes from. */
    private static String column(String field) {
        if (field.startsWith("contacts")) {
            return "contact_" + field.substring(field.indexOf(".") + 1);
        }
        if (field.startsWith("addresses")) {
            return field.endsWith("locationId") ? "delivery_location_id" : "delivery_address";
        }
        if (field.startsWith("identifiers")) {
            return "gln";
        }
        return switch (field) {
            case "billingAddress" -> "billing_address";
            case "preferredConfirmation" -> "preferred_confirmation";
            default -> field;
        };
    }

    /** One row of the file, as far as it says something. */
    private static final class Row {
        final long line;
        final String number;
        final String name;
        final String email;
        final String phone;
        final String billingAddress;
        final String deliveryAddress;
        final String locationId;
        final String gln;
        final Contact contact;
        final String preferredConfirmation;
        final String notes;

        Row(CsvTable.Row row) {
            line = row.line();
            number = row.text("customer_number") == null ? null : row.code("customer_number");
            name = row.required("name", 200);
            email = row.text("email");
            phone = row.text("phone");
            billingAddress = row.text("billing_address");
            deliveryAddress = row.text("delivery_address");
            locationId = row.text("delivery_location_id");
            gln = row.text("gln");
            contact = row.text("contact_name") == null
                    ? null
                    : new Contact(
                            row.text("contact_name"),
                            row.text("contact_email"),
                            row.text("contact_phone"),
                            row.text("contact_role"));
            String preferred = row.text("preferred_confirmation");
            preferredConfirmation = preferred == null ? null : preferred.toUpperCase(java.util.Locale.ROOT);
            notes = row.text("notes");
            if (locationId != null && deliveryAddress == null) {
                row.problem("delivery_location_id needs the delivery_address it names");
            }
        }

        /** The customer's details with what this row gives laid over them (over nothing for a new customer). */
        CustomerDetails over(CustomerDetails was) {
            CustomerDetails base = was != null
                    ? was
                    : new CustomerDetails(
                            null, null, null, null, null, null, List.of(), List.of(), List.of(), null, null, null);
            List<Contact> contacts = new ArrayList<>(base.contacts());
            if (contact != null) {
                contacts.removeIf(c -> c.name().equalsIgnoreCase(contact.name()));
                contacts.add(0, contact);
            }
            List<Address> addresses = new ArrayList<>();
            if (deliveryAddress != null) {
                addresses.add(new Address("Main", deliveryAddress, locationId, true));
                base.addresses().stream()
                        .filter(a -> !a.address().equalsIgnoreCase(deliveryAddress))
                        .map(a -> new Address(a.label(), a.address(), a.locationId(), false))
                        .forEach(addresses::add);
            } else {
                addresses.addAll(base.addresses());
            }
            List<Identifier> identifiers = new ArrayList<>(base.identifiers());
            if (gln != null) {
                identifiers.removeIf(i -> i.scheme().equals("GLN"));
                identifiers.add(0, new Identifier("GLN", gln));
            }
            return new CustomerDetails(
                    name,
                    email != null ? email : base.email(),
                    phone != null ? phone : base.phone(),
                    billingAddress != null ? billingAddress : base.billingAddress(),
                    preferredConfirmation != null ? preferredConfirmation : base.preferredConfirmation(),
                    notes != null ? notes : base.notes(),
                    contacts,
                    addresses,
                    identifiers,
                    base.currency(),
                    base.vatTreatment(),
                    base.language());
        }
    }
}
