package io.ordertrail.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordertrail.platform.i18n.Phrase;
import io.ordertrail.platform.i18n.Texts;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The estimated delivery or pickup date: weekends, holidays, the cut-off and stock that is still to come. */
class DeliveryPromiseTest {

    // 2026-11-26 is a Thursday; 2026-12-25 (Friday) is a holiday
    private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 26);
    private final DeliveryPromise promise = new DeliveryPromise(
            BusinessCalendar.saturdayAndSunday(Set.of(LocalDate.of(2026, 12, 25))), LocalTime.of(14, 0), 1, 2);

    private DeliveryEstimate inStock(LocalDateTime now, FulfillmentMethod method) {
        return promise.estimate(now, null, true, method);
    }

    @Test
    void inStockBeforeTheCutOffStartsTodayThenProcessingAndTransit() {
        DeliveryEstimate estimate = inStock(THURSDAY.atTime(9, 30), FulfillmentMethod.DELIVERY);
        // processing Thu → ready Fri; 2 working days transit → Mon, Tue
        assertThat(estimate.date()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(estimate.explanation())
                .isEqualTo(
                        "in stock; before the 14:00 cut-off, processing starts today; 1 working day processing + 2 working days transit");
    }

    @Test
    void afterTheCutOffProcessingStartsTheNextWorkingDay() {
        DeliveryEstimate estimate = inStock(THURSDAY.atTime(14, 0), FulfillmentMethod.DELIVERY);
        // starts Fri → ready Mon → Tue, Wed
        assertThat(estimate.date()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(estimate.explanation())
                .startsWith("in stock; cut-off 14:00 passed, processing starts next working day Fri 27 Nov 2026");
    }

    @Test
    void anOrderTakenAtTheWeekendStartsOnMonday() {
        DeliveryEstimate estimate = inStock(LocalDate.of(2026, 11, 28).atTime(10, 0), FulfillmentMethod.PICKUP);
        // Saturday → starts Mon 30 Nov → ready for pickup Tue 1 Dec
        assertThat(estimate.date()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(estimate.explanation())
                .isEqualTo("in stock; today is not a working day, processing starts Mon 30 Nov 2026;"
                        + " 1 working day processing, then ready for pickup");
    }

    @Test
    void aHolidayIsNotAWorkingDay() {
        DeliveryEstimate estimate = inStock(LocalDate.of(2026, 12, 23).atTime(15, 0), FulfillmentMethod.DELIVERY);
        // Wed after cut-off → starts Thu 24 → ready Mon 28 (25 holiday, weekend) → Tue 29, Wed 30
        assertThat(estimate.date()).isEqualTo(LocalDate.of(2026, 12, 30));
    }

    @Test
    void aShortLineWaitsForTheReplenishment() {
        DeliveryEstimate estimate =
                promise.estimate(THURSDAY.atTime(9, 0), LocalDate.of(2026, 12, 5), true, FulfillmentMethod.DELIVERY);
        // stock on Sat 5 Dec → starts Mon 7 → ready Tue 8 → Wed 9, Thu 10
        assertThat(estimate.date()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(estimate.explanation())
                .startsWith("short; stock expected Sat 5 Dec 2026, processing starts next working day Mon 7 Dec 2026");
    }

    @Test
    void aShortLineWithoutReplenishmentHasNoDate() {
        DeliveryEstimate estimate = promise.estimate(THURSDAY.atTime(9, 0), null, false, FulfillmentMethod.DELIVERY);
        assertThat(estimate.isKnown()).isFalse();
        assertThat(estimate.explanation()).contains("no replenishment is planned");
    }

    @Test
    void theExplanationIsSaidInTheReadersLanguageAndKeptAsItWas() {
        DeliveryEstimate estimate =
                promise.estimate(THURSDAY.atTime(9, 0), LocalDate.of(2026, 12, 5), true, FulfillmentMethod.DELIVERY);
        assertThat(estimate.why().in(Texts.in(Locale.GERMAN)))
                .isEqualTo("knapp; Ware erwartet Sa., 5. Dez. 2026, die Bearbeitung beginnt am nächsten Arbeitstag,"
                        + " Mo., 7. Dez. 2026; 1 Arbeitstag Bearbeitung + 2 Arbeitstage Transport");
        assertThat(Phrase.fromJson(estimate.why().toJson())).isEqualTo(estimate.why());
        assertThat(Phrase.fromJson(estimate.why().toJson()).inEnglish()).isEqualTo(estimate.explanation());
    }
}
