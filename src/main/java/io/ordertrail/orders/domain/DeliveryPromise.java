package io.ordertrail.orders.domain;

import io.ordertrail.platform.i18n.Phrase;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * How the estimated delivery or pickup date is worked out: processing starts on the first working day the goods
 * are there (today only before the daily cut-off), takes the processing lead time, and a delivery then spends the
 * transit time on the road. All counted in working days of the business calendar.
 */
public record DeliveryPromise(BusinessCalendar calendar, LocalTime cutOff, int processingDays, int transitDays) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /**
     * @param now          local date and time where the order is taken
     * @param stockReadyOn null when every line is in stock now, else the day the last short line is covered
     * @param allCovered   false when a short line has no replenishment planned
     */
    public DeliveryEstimate estimate(
            LocalDateTime now, LocalDate stockReadyOn, boolean allCovered, FulfillmentMethod method) {
        if (!allCovered) {
            return new DeliveryEstimate(null, Phrase.of("estimate.noReplenishment"));
        }
        LocalDate today = now.toLocalDate();
        List<Phrase> why = new ArrayList<>();
        LocalDate start;
        if (stockReadyOn == null || !stockReadyOn.isAfter(today)) {
            why.add(Phrase.of("estimate.inStock"));
            if (!calendar.isWorkingDay(today)) {
                start = calendar.onOrAfter(today);
                why.add(Phrase.of("estimate.notWorkingDay", start));
            } else if (!now.toLocalTime().isBefore(cutOff)) {
                start = calendar.plusWorkingDays(today, 1);
                why.add(Phrase.of("estimate.cutOffPassed", TIME.format(cutOff), start));
            } else {
                start = today;
                why.add(Phrase.of("estimate.beforeCutOff", TIME.format(cutOff)));
            }
        } else {
            start = calendar.onOrAfter(stockReadyOn);
            why.add(
                    start.equals(stockReadyOn)
                            ? Phrase.of("estimate.stockExpected", stockReadyOn)
                            : Phrase.of("estimate.stockExpectedThenNextDay", stockReadyOn, start));
        }
        LocalDate ready = calendar.plusWorkingDays(start, processingDays);
        if (method == FulfillmentMethod.PICKUP) {
            why.add(Phrase.of("estimate.processingThenPickup", processingDays));
            return new DeliveryEstimate(ready, Phrase.joined(why));
        }
        LocalDate delivered = calendar.plusWorkingDays(ready, transitDays);
        why.add(Phrase.of("estimate.processingAndTransit", processingDays, transitDays));
        return new DeliveryEstimate(delivered, Phrase.joined(why));
    }
}
