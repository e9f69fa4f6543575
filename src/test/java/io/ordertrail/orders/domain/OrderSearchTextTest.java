package io.ordertrail.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordertrail.customers.domain.Customer;
import io.ordertrail.platform.i18n.Phrase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an order is found by in the search box, and how typed words are spelled to match it. */
class OrderSearchTextTest {

    private final Customer customer = new Customer(
            "C-1001", "Müller & Söhne GmbH", "Einkauf@Mueller-Soehne.de", "+49 30 1234-567", "Hauptstr. 5");

    private Order order() {
        OrderDraft draft = new OrderDraft()
                .channel(Channel.EMAIL)
                .customer("C-1001")
                .line("RLR-230", 2)
                .purchaseOrderReference("PO/2026-77")
                .delivery("Hauptstraße 5, 10115 Berlin")
                .instructions("Ring at the side gate.")
                .sourceEmail("Subject: Bestellung\n\nBitte liefern Sie bis Freitag.");
        Verification verification = new Verification(
                List.of(Order.PricedLine.atListPrice("RLR-230", "Paint roller 230 mm", 2, new BigDecimal("7.50"))),
                List.of("In stock"),
                List.of(),
                new DeliveryEstimate(LocalDate.of(2026, 12, 4), Phrase.of("estimate.inStock")));
        return Order.record(
                new OrderNumber("ORD-2026-000123"),
                draft,
                customer,
                verification,
                "sales",
                Instant.parse("2026-12-02T09:00:00Z"),
                LocalDate.of(2026, 12, 2));
    }

    @Test
    void theKeyHoldsNumberAndReferenceTheCustomerPartTheCustomerAndTheBodyTheRest() {
        OrderSearchText text = OrderSearchText.of(order(), List.of("Customer called: gate code 4711"));

        assertThat(text.key()).isEqualTo("ord 2026 000123 po 2026 77");
        assertThat(text.customer())
                .isEqualTo("c 1001 müller söhne gmbh einkauf@mueller soehne.de 49 30 1234 567")
                .isEqualTo(OrderSearchText.customerWords(customer));
        assertThat(text.body())
                .contains("rlr 230 paint roller 230 mm")
                .contains("hauptstraße 5 10115 berlin")
                .contains("ring at the side gate")
                .contains("gate code 4711")
                .contains("bitte liefern sie bis freitag")
                .doesNotContain("müller");
    }

    @Test
    void typedWordsAreSpelledLikeTheIndexSoCodesAreFoundAsTyped() {
        assertThat(OrderSearchText.words("  ORD-2026-000123 ")).containsExactly("ord", "2026", "000123");
        assertThat(OrderSearchText.words("rlr-230, Berlin!")).containsExactly("rlr", "230", "berlin");
        assertThat(OrderSearchText.words("buyer.one@example.com")).containsExactly("buyer.one@example.com");
        assertThat(OrderSearchText.words("'; drop table x; --")).containsExactly("drop", "table", "x");
    }

    @Test
    void nothingSearchableIsNoWordsAndAPastedParagraphCountsOnlyItsFirstWords() {
        assertThat(OrderSearchText.words(null)).isEmpty();
        assertThat(OrderSearchText.words(" -- !! ")).isEmpty();
        assertThat(OrderSearchText.words("one two three four five six seven eight nine ten"))
                .hasSize(OrderSearchText.MAX_WORDS)
                .endsWith("eight");
    }

    @Test
    void aVeryLongEmailOrManyNotesAreCutAtTheBodysLimit() {
        String longNote = "word ".repeat(10_000);

        OrderSearchText text = OrderSearchText.of(order(), List.of(longNote));

        assertThat(text.body())
                .hasSizeLessThanOrEqualTo(OrderSearchText.MAX_BODY)
                .contains("rlr 230");
    }
}
