package io.ordertrail.orders.domain;

import io.ordertrail.platform.i18n.Phrase;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * When the customer can expect the order, with the one line that explains how the date was reached; {@code date}
 * is null when no date can be promised (stock short and no replenishment planned).
 */
public record DeliveryEstimate(LocalDate date, Phrase why) implements Serializable {

    public boolean isKnown() {
        return date != null;
    }

    public LocalDate getDate() {
        return date;
    }

    /** How the date was reached, in English as the records keep it. */
    public String explanation() {
        return why.inEnglish();
    }

    public String getExplanation() {
        return explanation();
    }
}
