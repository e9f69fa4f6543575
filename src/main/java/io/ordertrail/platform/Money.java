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

    /** An amount at its currency's scale, as English writes it: "1,234.50" for EUR, "1,235" for JPY. */
    public static String format(BigDecimal amount, java.util.Currency currency) {
        return io.ordertrail.platform.i18n.Texts.in(Locale.ENGLISH).amount(amount, currency);
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
