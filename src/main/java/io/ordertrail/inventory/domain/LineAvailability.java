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
        return of(stock.getProduct().getCode(), requested, stock.available(), replenishments, today);
    }

    /** The same from how many are available, as when lines before it in the order took some of the stock. */
    public static LineAvailability of(
            String productCode,
            int requested,
            int available,
            Supplier<List<Replenishment>> replenishments,
            LocalDate today) {
        LocalDate expected = requested <= available
                ? null
                : ReplenishmentPlan.coveredOn(requested - available, replenishments.get(), today)
                        .orElse(null);
        return new LineAvailability(productCode, requested, available, expected);
    }

    public boolean inStock() {
        return requested <= available;
    }

    /**
     * Whether a later look at the same line says the same: in stock both times, or short both times by as much,
     * with more expected on the same day. How many a line in stock had available may differ; what it promises
     * does not.
     */
    public boolean promisesTheSameAs(LineAvailability later) {
        if (!productCode.equals(later.productCode) || requested != later.requested || inStock() != later.inStock()) {
            return false;
        }
        return inStock() || (available == later.available && java.util.Objects.equals(expectedOn, later.expectedOn));
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
