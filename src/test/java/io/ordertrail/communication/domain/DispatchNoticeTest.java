package io.ordertrail.communication.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordertrail.platform.i18n.Texts;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The dispatch notice is written in the customer's language, as their confirmation is (issue 19, item 1). */
class DispatchNoticeTest {

    private static DispatchNotice notice(Locale locale, boolean pickup) {
        return new DispatchNotice(
                "ORD-2026-000042",
                1,
                "Farbenhaus <Nord> GmbH",
                List.of("12 x PNT-WHT-10 Interior paint white, 10 l"),
                pickup,
                pickup ? "Main warehouse counter" : "Hafenstraße 3, 20457 Hamburg",
                pickup ? null : "DHL",
                pickup ? null : "JD0146000777",
                "orders@ordertrail.example",
                locale);
    }

    @Test
    void aGermanCustomerIsToldInGerman() {
        DispatchNotice sent = notice(Locale.GERMAN, false);
        assertThat(sent.subject()).isEqualTo("Auftrag ORD-2026-000042 ist unterwegs");
        assertThat(sent.text())
                .startsWith("Guten Tag Farbenhaus <Nord> GmbH,")
                .contains("Ihr Auftrag ORD-2026-000042 hat unser Lager mit DHL verlassen, Sendungsnummer JD0146000777")
                .contains("Wie waren wir?", ConfirmationContent.LINK_PLACEHOLDER)
                .doesNotContain("Your order", "How did we do");
        assertThat(sent.html())
                .contains("<html lang=\"de\">", "Farbenhaus &lt;Nord&gt; GmbH", "<strong>JD0146000777</strong>")
                .doesNotContain("<Nord>");
        assertThat(notice(Locale.GERMAN, true).subject()).isEqualTo("Auftrag ORD-2026-000042 ist abholbereit");
    }

    @Test
    void theRatingRequestIsWhereTheCustomersPageCutsTheEmail() {
        for (Locale locale : Texts.SUPPORTED) {
            assertThat(notice(locale, false).text()).contains("\n" + DispatchNotice.ratingRequest(Texts.in(locale)));
        }
        assertThat(notice(Locale.ENGLISH, true).text())
                .contains("Your order ORD-2026-000042 is ready for pickup at Main warehouse counter.");
    }
}
