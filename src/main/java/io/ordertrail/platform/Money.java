package io.ordertrail.platform;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Amounts as staff and customers read them: two decimals, thousands grouped, e.g. "1,234.50". */
public final class Money {

    /**
     * The currency of the price list every product has, and of a customer who was given none: the desk's home
     * currency. Other price lists (EUR, USD, ...) are kept beside it.
     */
    public static final String BASE_CURRENCY = "GBP";

    /** The currencies the desk keeps price lists in and bills customers in, ISO 4217, the base one first. */
    public static final java.util.List<String> CURRENCIES =
            java.util.List.of("GBP", "EUR", "USD", "SEK", "DKK", "NOK", "CHF", "PLN", "CZK", "JPY");

    private Money() {}

    /** An amount at its currency's scale: "1,234.50" for EUR, "1,235" for JPY. */
    public static String format(BigDecimal amount, java.util.Currency currency) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
        int digits = Math.max(
                currency.getDefaultFractionDigits(),
                Math.min(amount.stripTrailingZeros().scale(), 4));
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(digits);
        return format.format(amount);
    }

    public static String format(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }
}
