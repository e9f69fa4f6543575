package io.ordertrail.customers.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordertrail.customers.domain.CustomerDetails.Address;
import io.ordertrail.customers.domain.CustomerDetails.Contact;
import io.ordertrail.customers.domain.CustomerDetails.Identifier;
import io.ordertrail.platform.InputRejected;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerRecordTest {

    private static CustomerDetails details(List<Address> addresses, List<Identifier> identifiers) {
        return new CustomerDetails(
                "Johnssons byggvaror",
                "eva@example.se",
                null,
                "Box 12, Stockholm",
                "EMAIL",
                null,
                List.of(new Contact("Eva Johnsson", null, "+46 8 555 0101", "Purchasing")),
                addresses,
                identifiers,
                null,
                null,
                null);
    }

    @Test
    void aGlnNeedsItsCheckDigit() {
        assertThat(CustomerDetails.isGln("7300070011115")).isTrue();
        assertThat(CustomerDetails.isGln("7300070011116")).isFalse();
        assertThat(CustomerDetails.isGln("730007001111")).isFalse();
        assertThat(details(List.of(), List.of(new Identifier("GLN", "7300070011116")))
                        .problems())
                .extracting(InputRejected.Problem::field)
                .containsExactly("identifiers[0].value");
    }

    @Test
    void eachBadRowIsNamedByItsPlaceAndASchemeMustBeKnownOrAnIcdCode() {
        CustomerDetails bad = new CustomerDetails(
                "",
                "not-an-email",
                null,
                null,
                "FAX",
                null,
                List.of(new Contact(" ", "x@y", null, null)),
                List.of(new Address("Main", " ", null, true), new Address("Other", "Street 1", null, true)),
                List.of(new Identifier("ABC", "1"), new Identifier("0192", "987654321")),
                "XYZ",
                VatTreatment.REVERSE_CHARGE,
                "xx");
        assertThat(bad.problems())
                .extracting(InputRejected.Problem::field)
                .contains(
                        "name",
                        "email",
                        "preferredConfirmation",
                        "contacts[0].name",
                        "contacts[0].email",
                        "addresses[0].address",
                        "addresses",
                        "identifiers[0].scheme",
                        "currency",
                        "vatTreatment",
                        "language")
                .doesNotContain("identifiers[1].scheme", "identifiers[1].value");
    }

    @Test
    void aChangeListsWhatChangedAndCountsAVersionAndTheDefaultAddressFollows() {
        Customer customer = Customer.create(
                "C-9001", details(List.of(new Address("Main", "Rådhusgatan 5, Stockholm", null, true)), List.of()));
        assertThat(customer.getRecordVersion()).isEqualTo(1);

        List<String> changes = customer.change(details(
                List.of(
                        new Address("Main", "Rådhusgatan 5, Stockholm", null, false),
                        new Address("Warehouse", "Hamnvägen 2, Nynäshamn", "7300070011122", true)),
                List.of(new Identifier("gln", "7300070011115"))));

        assertThat(changes)
                .contains(
                        "Delivery address 1: Main · Rådhusgatan 5, Stockholm · default → Main · Rådhusgatan 5,"
                                + " Stockholm",
                        "Delivery address 2: (none) → Warehouse · Hamnvägen 2, Nynäshamn · location 7300070011122"
                                + " · default",
                        "Identifier GLN: (none) → 7300070011115")
                .hasSize(3);
        assertThat(customer.getRecordVersion()).isEqualTo(2);
        assertThat(customer.getDefaultDeliveryAddress()).isEqualTo("Hamnvägen 2, Nynäshamn");
        assertThat(customer.getGln()).isEqualTo("7300070011115");
        assertThat(customer.addressAtLocation("7300070011122").orElseThrow().getLabel())
                .isEqualTo("Warehouse");

        assertThat(customer.change(customer.details()))
                .as("the same details again")
                .isEmpty();
        assertThat(customer.getRecordVersion()).isEqualTo(2);
    }

    @Test
    void anInvalidChangeChangesNothing() {
        Customer customer = Customer.create(
                "C-9002", details(List.of(new Address("Main", "Rådhusgatan 5", null, true)), List.of()));
        CustomerDetails invalid = new CustomerDetails(
                "",
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(new Address(null, "Elsewhere 1", null, true)),
                null,
                null,
                null,
                null);
        assertThatThrownBy(() -> customer.change(invalid)).isInstanceOf(InputRejected.class);
        assertThat(customer.getName()).isEqualTo("Johnssons byggvaror");
        assertThat(customer.getDefaultDeliveryAddress()).isEqualTo("Rådhusgatan 5");
        assertThat(customer.getRecordVersion()).isEqualTo(1);
    }
}
