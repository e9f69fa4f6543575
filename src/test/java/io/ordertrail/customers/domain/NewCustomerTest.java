package io.ordertrail.customers.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordertrail.platform.InputRejected;
import org.junit.jupiter.api.Test;

/** A customer created while taking an order: every problem at once, and nothing created with one. */
class NewCustomerTest {

    @Test
    void aCustomerWithANameAndAWayToReachThemIsRegistered() {
        Customer customer = Customer.register(
                "C-2001", new NewCustomer(" Nya Bygg AB ", "Eva Ek", "eva@nyabygg.se", "+46 23 123 45", "Storgatan 1"));
        assertThat(customer.getName()).isEqualTo("Nya Bygg AB");
        assertThat(customer.getContactName()).isEqualTo("Eva Ek");
        assertThat(customer.getDefaultDeliveryAddress()).isEqualTo("Storgatan 1");
    }

    @Test
    void aMalformedEmailAndPhoneAreRefusedAtTheirFields() {
        NewCustomer details = new NewCustomer("Nya Bygg AB", null, "eva.nyabygg.se", "call me", null);
        assertThat(details.problems()).extracting(InputRejected.Problem::field).containsExactly("email", "phone");
        assertThat(details.problems().get(0).message())
                .isEqualTo("“eva.nyabygg.se” is not an email address; it should look like name@example.com.");
        assertThatThrownBy(() -> Customer.register("C-2002", details)).isInstanceOf(InputRejected.class);
    }

    @Test
    void aNameIsRequiredAndSoIsAWayToReachTheCustomer() {
        assertThat(new NewCustomer(" ", null, null, null, null).problems())
                .extracting(InputRejected.Problem::field)
                .containsExactly("name", "email");
    }

    @Test
    void aNameOverTheAllowedLengthIsRefused() {
        assertThat(new NewCustomer("N".repeat(201), null, "a@b.se", null, null).problems())
                .extracting(InputRejected.Problem::message)
                .containsExactly("The name is 201 characters long; shorten it to at most 200.");
    }

    @Test
    void aCustomerBilledUnderReverseChargeNeedsAVatNumberAndAKnownCurrency() {
        assertThat(new NewCustomer("Bygg AB", null, "a@b.se", null, null, "xx", "XYZ", "REVERSE", null).problems())
                .extracting(InputRejected.Problem::field)
                .containsExactly("language", "currency", "vatTreatment");
        assertThat(new NewCustomer("Bygg AB", null, "a@b.se", null, null, null, "EUR", "REVERSE_CHARGE", null)
                        .problems())
                .extracting(InputRejected.Problem::message)
                .containsExactly("Reverse charge needs the customer’s VAT number: give vatNumber.");

        Customer billed = Customer.register(
                "C-2002",
                new NewCustomer(
                        "Bygg AB", null, "a@b.se", null, null, "de", "eur", "REVERSE_CHARGE", "SE556677889901"));

        assertThat(billed.getCurrency().getCurrencyCode()).isEqualTo("EUR");
        assertThat(billed.getVatTreatment()).isEqualTo(VatTreatment.REVERSE_CHARGE);
        assertThat(billed.getLocale()).isEqualTo(java.util.Locale.GERMAN);
        assertThat(billed.getIdentifiers())
                .extracting(PartyIdentifier::getScheme, PartyIdentifier::getValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("VAT", "SE556677889901"));
    }
}
