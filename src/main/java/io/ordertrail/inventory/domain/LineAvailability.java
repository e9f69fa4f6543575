package io.ordertrail.inventory.domain;

import io.ordertrail.platform.i18n.Texts;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Whether a quantity of a product can be promised now (SOP step 2, "confirm product availability"): stock on hand
 * minus what is reserved for other orders; when short, how many are available and when more is expected.
 */
public record LineAvailability(String productCode, int requested, int available, LocalDate expectedOn) {

    /** The replenishments are read only when the stock is short. */
    public static LineAvailability of(
            StockLevel stock, int requested, Supplier<List<Replenishment>> replenishments, LocalDate today) {
        int available = stock.available();
        LocalDate expected = requested <= available
                ? null
                : ReplenishmentPlan.coveredOn(requested - available, replenishments.get(), today)
                        .orElse(null);
        return new LineAvailability(stock.getProduct().getCode(), requested, available, expected);
    }

    public boolean inStock() {
        return requested <= available;
    }

    /** How it reads next to the line, e.g. "In stock (120 available)" or "Short: 3 available, more expected …". */
    public String describe() {
        return describe(Texts.in(Locale.ENGLISH));
    }

    /** How it reads next to the line in a language: "Auf Lager (120 verfügbar)". */
    public String describe(Texts t) {
        if (inStock()) {
            return t.get("availability.inStock", String.valueOf(available));
        }
        return t.get(
                "availability.short",
                String.valueOf(available),
                expectedOn == null
                        ? t.get("availability.noReplenishment")
                        : t.get("availability.expected", expectedOn.toString()));
    }
}
