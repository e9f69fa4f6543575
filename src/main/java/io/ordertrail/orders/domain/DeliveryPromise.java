package io.ordertrail.orders.domain;

import io.ordertrail.platform.Dates;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

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
            return new DeliveryEstimate(null, "short, and no replenishment is planned: no date can be promised yet");
        }
        LocalDate today = now.toLocalDate();
        StringBuilder why = new StringBuilder();
        LocalDate start;
        if (stockReadyOn == null || !stockReadyOn.isAfter(today)) {
            why.append("in stock");
            if (!calendar.isWorkingDay(today)) {
                start = calendar.onOrAfter(today);
                why.append("; today is not a working day, processing starts ").append(Dates.format(start));
            } else if (!now.toLocalTime().isBefore(cutOff)) {
                start = calendar.plusWorkingDays(today, 1);
                why.append("; cut-off ")
                        .append(TIME.format(cutOff))
                        .append(" passed, processing starts next working day ")
                        .append(Dates.format(start));
            } else {
                start = today;
                why.append("; before the ").append(TIME.format(cutOff)).append(" cut-off, processing starts today");
            }
        } else {
            start = calendar.onOrAfter(stockReadyOn);
            why.append("short; stock expected ").append(Dates.format(stockReadyOn));
            if (!start.equals(stockReadyOn)) {
                why.append(", processing starts next working day ").append(Dates.format(start));
            }
        }
        LocalDate ready = calendar.plusWorkingDays(start, processingDays);
        why.append("; ").append(days(processingDays)).append(" processing");
        if (method == FulfillmentMethod.PICKUP) {
            why.append(", then ready for pickup");
            return new DeliveryEstimate(ready, why.toString());
        }
        LocalDate delivered = calendar.plusWorkingDays(ready, transitDays);
        why.append(" + ").append(days(transitDays)).append(" transit");
        return new DeliveryEstimate(delivered, why.toString());
    }

    private static String days(int n) {
        return n + (n == 1 ? " working day" : " working days");
    }
}
