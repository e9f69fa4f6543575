package io.ordertrail.platform.i18n;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The texts of one language, from the resource bundle {@value #BUNDLE} that the pages read as {@code msg} too: a key
 * and its arguments in, the sentence out ({@link MessageFormat}), and dates, numbers and amounts as that language
 * writes them. Adding a language is adding {@code messages_xx.properties} and its locale to {@link #SUPPORTED};
 * {@code BundlesTest} fails when a shipped bundle lacks a key of the English one.
 */
public final class Texts implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String BUNDLE = "io.ordertrail.i18n.messages";

    /** The languages shipped, the default first. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN);

    private static final java.util.concurrent.ConcurrentMap<String, DateTimeFormatter> FORMATTERS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final Locale locale;

    private Texts(Locale locale) {
        this.locale = locale;
    }

    /** The texts of the supported language nearest to the locale: its language if shipped, else English. */
    public static Texts in(Locale locale) {
        return new Texts(supported(locale));
    }

    /** The shipped language of a locale ("de-AT" is German), English for any other. */
    public static Locale supported(Locale locale) {
        if (locale == null) {
            return SUPPORTED.get(0);
        }
        return SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(SUPPORTED.get(0));
    }

    /** A language tag as kept on an account or a customer ("de"), if it names a shipped language. */
    public static Optional<Locale> ofTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        Locale wanted = Locale.forLanguageTag(tag.strip());
        return SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(wanted.getLanguage()))
                .findFirst();
    }

    public Locale locale() {
        return locale;
    }

    private ResourceBundle bundle() {
        return ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * The text of the key with its arguments put in.
     *
     * @throws MissingResourceException for a key no bundle has: a programming error, which BundlesTest catches
     */
    public String get(String key, Object... arguments) {
        String pattern = bundle().getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /**
     * A label as it reads inside a sentence: English writes "by phone", "the inventory team" in lower case, where
     * German keeps its capitals ("per Telefon", "das Team Lager"). An abbreviation ("ERP system") stays as it is.
     */
    public String inSentence(String label) {
        if (label == null
                || label.length() < 2
                || !locale.getLanguage().equals("en")
                || !Character.isUpperCase(label.charAt(0))
                || !Character.isLowerCase(label.charAt(1))) {
            return label;
        }
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    /** The label of a list's value inside a sentence: see {@link #inSentence(String)}. */
    public String labelInSentence(Enum<?> value) {
        return inSentence(get(Phrase.labelKey(value)));
    }

    /** A date as the language writes it in running text: "Wed 2 Dec 2026", "Mi., 2. Dez. 2026". */
    public String date(LocalDate date) {
        return date == null ? "" : formatter("format.date").format(date);
    }

    /**
     * The date or time formatter whose pattern the key gives in this language; made once per pattern and language, as
     * lists ask for one on every row.
     */
    public DateTimeFormatter formatter(String key) {
        String pattern = get(key);
        return FORMATTERS.computeIfAbsent(
                locale.toLanguageTag() + "\u0000" + pattern, ignored -> DateTimeFormatter.ofPattern(pattern, locale));
    }

    /** An amount at the currency's scale with the language's separators: "1,234.50", "1.234,50". */
    public String amount(BigDecimal amount, Currency currency) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(numberLocale());
        int digits = currency.getDefaultFractionDigits();
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(
                Math.max(digits, Math.min(amount.stripTrailingZeros().scale(), 4)));
        return format.format(amount);
    }

    /** An amount with two decimals, whatever its currency: "1,234.50", "1.234,50". */
    public String amount(BigDecimal amount) {
        return amount(amount, TWO_DECIMALS);
    }

    private static final Currency TWO_DECIMALS = Currency.getInstance("EUR");

    /** An amount with its currency, as a customer reads it: "EUR 1,234.50", "1.234,50 EUR". */
    public String money(BigDecimal amount, Currency currency) {
        return get("format.money", currency.getCurrencyCode(), amount(amount, currency));
    }

    /** A percentage such as a VAT rate: "20", "5.5", "5,5". */
    public String percent(BigDecimal rate) {
        return number(rate);
    }

    /** A count or a figure to at most two decimals, with the language's separators: "1,234.5", "1.234,5". */
    public String number(Number number) {
        NumberFormat format = NumberFormat.getNumberInstance(numberLocale());
        format.setMaximumFractionDigits(2);
        return format.format(number);
    }

    /** English numbers are written the British way; other languages as their main country does. */
    private Locale numberLocale() {
        return locale.getLanguage().equals("en")
                ? Locale.UK
                : Locale.forLanguageTag(locale.getLanguage() + "-"
                        + switch (locale.getLanguage()) {
                            case "de" -> "DE";
                            default -> locale.getLanguage().toUpperCase(Locale.ROOT);
                        });
    }
}
