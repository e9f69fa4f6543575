package io.ordertrail.communication.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordertrail.orders.domain.FulfillmentMethod;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What a confirmation says, the same in every channel: number, summary, date, where, requests, contact. */
class ConfirmationContentTest {

    private final ConfirmationContent content = CommunicationTest.content();

    @Test
    void theTextHasEverythingTheSopAsksFor() {
        assertThat(content.text())
                .contains(
                        "We confirm order ORD-2026-000017",
                        "2 x RLR-230 Paint roller at 12.40 = 24.80",
                        "Net total: GBP 24.80",
                        "VAT 20 % (S) on GBP 24.80: GBP 4.96",
                        "Total to pay: GBP 29.76",
                        "Delivery: 12 Mill Lane, Leeds",
                        "Estimated delivery date: Wed 2 Dec 2026",
                        "Special requests: None.",
                        "Contact the order desk, +44 20 7946 0000");
    }

    @Test
    void aReconfirmationListsWhatChangedAndTheRequestsWithTheirOutcome() {
        ConfirmationContent amended = new ConfirmationContent(
                "ORD-2026-000017",
                2,
                "Acme",
                "PO-4711",
                content.lines(),
                content.amounts(),
                FulfillmentMethod.DELIVERY,
                "12 Mill Lane, Leeds",
                null,
                "",
                List.of("Packaging: wrap each tin" + " — accepted: bubble wrap"),
                List.of("RLR-230 Paint roller: quantity 1 → 2"),
                false,
                "the desk",
                null,
                Locale.ENGLISH);

        assertThat(amended.subject()).isEqualTo("Order ORD-2026-000017 changed and confirmed (version 2)");
        assertThat(amended.text())
                .contains(
                        "What changed:\n  - RLR-230 Paint roller: quantity 1 → 2",
                        "Special requests: - Packaging: wrap each tin — accepted: bubble wrap");
        assertThat(amended.html()).contains("<li>RLR-230 Paint roller: quantity 1 → 2</li>");
        // the customer's own reference, by which their purchasing finds the order
        assertThat(amended.text())
                .contains("we have changed your order ORD-2026-000017, your reference PO-4711.")
                .contains("We confirm order ORD-2026-000017 (version 2), your reference PO-4711:");
        assertThat(amended.html()).contains("(version 2), your reference PO-4711:</p>");
    }

    @Test
    void aCancellationNoticeSaysTheOrderIsCancelledAndWhatItWas() {
        ConfirmationContent cancelled = new ConfirmationContent(
                "ORD-2026-000017",
                3,
                "Acme",
                null,
                content.lines(),
                content.amounts(),
                FulfillmentMethod.DELIVERY,
                "12 Mill Lane, Leeds",
                null,
                "",
                List.of(),
                List.of(),
                true,
                "the desk",
                null,
                Locale.ENGLISH);

        assertThat(cancelled.subject()).isEqualTo("Order ORD-2026-000017 cancelled");
        assertThat(cancelled.text())
                .contains("we have cancelled your order ORD-2026-000017. Nothing", "2 x RLR-230")
                .doesNotContain("We confirm");
    }

    @Test
    void theHtmlEscapesWhatCustomersAndStaffTyped() {
        assertThat(content.html())
                .contains("Dear Acme &lt;Hardware&gt; &amp; Co")
                .doesNotContain("<Hardware>");
    }

    @Test
    void onlyAnEmailCarriesTheAcknowledgementLink() {
        assertThat(content.text()).doesNotContain("confirmation.xhtml");
        ConfirmationContent withLink =
                content.withAcknowledgeUrl("https://orders.example.com/confirmation.xhtml?token=abc");
        assertThat(withLink.text()).contains("https://orders.example.com/confirmation.xhtml?token=abc");
        assertThat(withLink.html()).contains("href=\"https://orders.example.com/confirmation.xhtml?token=abc\"");
    }

    @Test
    void theMessageIsShortAndTheCallScriptReadsOutTheSummary() {
        assertThat(content.message())
                .isEqualTo("Order ORD-2026-000017 confirmed: 1 line, total GBP 29.76 incl. VAT. Estimated delivery:"
                        + " Wed 2 Dec 2026. Questions: the order desk, +44 20 7946 0000");
        assertThat(content.callScript())
                .startsWith("Hello, this is the order desk calling about your order ORD-2026-000017.")
                .contains(
                        "I would like to confirm order ORD-2026-000017", "Can you confirm these details are correct?");
    }

    @Test
    void aGermanCustomersConfirmationIsInGermanWithGermanDatesAndAmounts() {
        ConfirmationContent german = new ConfirmationContent(
                content.orderNumber(),
                content.orderVersion(),
                content.customerName(),
                "PO-4711",
                content.lines(),
                content.amounts(),
                FulfillmentMethod.DELIVERY,
                "Hafenstraße 3, Hamburg",
                content.estimatedDate(),
                "",
                List.of(),
                List.of(),
                false,
                content.contact(),
                null,
                Locale.GERMANY);

        assertThat(german.subject()).isEqualTo("Bestellung ORD-2026-000017 bestätigt");
        assertThat(german.text())
                .contains(
                        "Vielen Dank für Ihre Bestellung. Wir bestätigen die Bestellung ORD-2026-000017, Ihre Referenz"
                                + " PO-4711:",
                        "2 x RLR-230 Paint roller zu 12,40 = 24,80",
                        "Nettobetrag: 24,80 GBP",
                        "MwSt. 20 % (S) auf 24,80 GBP: 4,96 GBP",
                        "Zu zahlen: 29,76 GBP",
                        "Lieferung an: Hafenstraße 3, Hamburg",
                        "Voraussichtliches Lieferdatum: Mi., 2. Dez. 2026",
                        "Sonderwünsche: Keine.")
                .doesNotContain("Thank you", "Total", "Delivery");
        assertThat(german.html()).contains("<html lang=\"de\">", "Einzelpreis", "Zu zahlen");
        assertThat(german.message())
                .isEqualTo("Bestellung ORD-2026-000017 bestätigt: 1 Position, gesamt 29,76 GBP inkl. MwSt."
                        + " Voraussichtliche Lieferung: Mi., 2. Dez. 2026. Fragen: the order desk, +44 20 7946 0000");
    }
}
