package io.ordertrail.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordertrail.platform.i18n.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The history shows versions side by side with each difference from the version before marked. */
class VersionComparisonTest {

    private static OrderContent content(int paint, String address, boolean cancelled) {
        return new OrderContent(
                FulfillmentMethod.DELIVERY,
                address,
                null,
                null,
                null,
                LocalDate.of(2026, 12, 1),
                null,
                new BigDecimal("10.00").multiply(BigDecimal.valueOf(paint)),
                List.of(new OrderContent.Line(1, "PAINT", "Paint", paint, new BigDecimal("10.00"))),
                cancelled);
    }

    @Test
    void onlyTheCellsThatDifferFromTheVersionBeforeAreMarked() {
        VersionComparison comparison = VersionComparison.of(
                List.of(
                        content(3, "A street 1", false),
                        content(5, "A street 1", false),
                        content(5, "B road 2", false)),
                Texts.in(Locale.ENGLISH));

        VersionComparison.Row paint = comparison.rows().get(0);
        assertThat(paint.label()).isEqualTo("PAINT Paint");
        assertThat(paint.cells())
                .extracting(VersionComparison.Cell::value, VersionComparison.Cell::changed)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("3 × 10.00", false),
                        org.assertj.core.groups.Tuple.tuple("5 × 10.00", true),
                        org.assertj.core.groups.Tuple.tuple("5 × 10.00", false));
        VersionComparison.Row where = comparison.rows().stream()
                .filter(r -> r.label().equals("Where"))
                .findFirst()
                .orElseThrow();
        assertThat(where.cells()).extracting(VersionComparison.Cell::changed).containsExactly(false, false, true);
        assertThat(comparison.rows().stream()
                        .filter(r -> r.label().equals("Instructions"))
                        .findFirst()
                        .orElseThrow()
                        .isChanged())
                .isFalse();
    }

    @Test
    void theVersionsReadInTheReadersLanguage() {
        List<OrderContent> versions = List.of(content(3, "A street 1", false), content(3, "A street 1", true));

        VersionComparison comparison = VersionComparison.of(versions, Texts.in(Locale.GERMAN));

        assertThat(comparison.rows())
                .extracting(VersionComparison.Row::label)
                .contains("Summe", "Wohin", "Wunschtermin", "Referenz des Kunden", "Status");
        assertThat(comparison.rows().get(0).cells().get(0).value()).isEqualTo("3 × 10,00");
        assertThat(versions.get(1).changesFrom(versions.get(0), Texts.in(Locale.GERMAN)))
                .containsExactly("Auftrag storniert");
        assertThat(content(5, "B road 2", false).changesFrom(versions.get(0), Texts.in(Locale.GERMAN)))
                .contains("PAINT Paint: Menge 3 → 5", "Lieferadresse: A street 1 → B road 2", "Summe: 30,00 → 50,00");
    }

    @Test
    void aContentSurvivesItsJsonRoundTrip() {
        OrderContent content = content(3, "Rådhusgatan 5 \"bakom\"", false);

        assertThat(OrderContent.parse(content.toJson())).isEqualTo(content);
    }
}
