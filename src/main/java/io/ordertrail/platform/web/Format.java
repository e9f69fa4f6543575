package io.ordertrail.platform.web;

import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.i18n.Phrase;
import io.ordertrail.platform.i18n.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** How times, durations and amounts read on every page. */
@Named
@ApplicationScoped
public class Format {

    @Inject
    BusinessClock clock;

    public String getNow() {
        return dateTime(clock.now());
    }

    /**
     * The value as text, or "" when there is none: for a list's export, where PrimeFaces would take a missing value
     * for "no export value" and write the column's own expression text instead.
     */
    public String orEmpty(Object value) {
        return value == null ? "" : value.toString();
    }

    /** The texts of the page's language (the view's locale, set from the person's choice or their browser). */
    private static Texts texts() {
        return PageLanguage.texts();
    }

    /** A calendar day as the page's language writes it: "Mon 30 Nov 2026", "Mo., 30. Nov. 2026". */
    public String date(LocalDate day) {
        return texts().date(day);
    }

    /**
     * An instant as staff read it, in the business zone and the page's language: "2026-11-30 14:05:09",
     * "30.11.2026 14:05:09".
     */
    public String dateTime(Instant instant) {
        return instant == null ? "" : texts().formatter("format.dateTime").format(clock.local(instant));
    }

    /** The time from one instant to another in the page's language, e.g. "1.3 s", "1,3 s" or "4 min 10 s". */
    public String elapsed(Instant from, Instant to) {
        return elapsedBetween(from, to, texts());
    }

    /** The time from one instant to another, in English. */
    public static String elapsedBetween(Instant from, Instant to) {
        return elapsedBetween(from, to, Texts.in(Locale.ENGLISH));
    }

    private static String elapsedBetween(Instant from, Instant to, Texts texts) {
        if (from == null || to == null) {
            return "";
        }
        Duration d = Duration.between(from, to);
        if (d.toMinutes() < 1) {
            return texts.get("format.elapsed.seconds", Math.max(0, d.toMillis()) / 1000.0);
        }
        if (d.toHours() < 1) {
            return d.toMinutes() + " min " + d.toSecondsPart() + " s";
        }
        if (d.toDays() < 1) {
            return d.toHours() + " h " + d.toMinutesPart() + " min";
        }
        return texts.get("format.elapsed.days", d.toDays(), d.toHoursPart());
    }

    /** An amount with two decimals, in the page's language: "1,234.50", "1.234,50". */
    public String money(BigDecimal amount) {
        return texts().amount(amount);
    }

    /** An amount at its currency's scale, in the page's language. */
    public String amount(BigDecimal amount, java.util.Currency currency) {
        return texts().amount(amount, currency);
    }

    /** An amount with its currency code, as the page's language writes it: "EUR 58.00", "58,00 EUR". */
    public String moneyIn(BigDecimal amount, String currency) {
        return amount == null ? "" : texts().money(amount, java.util.Currency.getInstance(currency));
    }

    /** A rate such as a VAT rate, in the page's language: "5.5", "5,5". */
    public String percent(BigDecimal rate) {
        return rate == null ? "" : texts().percent(rate);
    }

    /** The texts of the page's language, for what a page hands on, such as a problem to say in it. */
    public Texts getTexts() {
        return texts();
    }

    /** The text of a key with its one argument, in the page's language (MessageFormat, so "{0}" is the argument). */
    public String text(String key, Object argument) {
        return texts().get(key, argument);
    }

    /** The text of a key with two arguments, in the page's language. */
    public String text2(String key, Object first, Object second) {
        return texts().get(key, first, second);
    }

    /** A currency as the page's language names it: "EUR – Euro", "GBP – Britisches Pfund". */
    public String currency(String code) {
        return code == null
                ? ""
                : code + " – " + java.util.Currency.getInstance(code).getDisplayName(texts().locale());
    }

    /** The label of a list's value as it reads inside a sentence ("the inventory team", "das Team Lager"). */
    public String labelInSentence(Enum<?> value) {
        return value == null ? "" : texts().labelInSentence(value);
    }

    /** A label passed on as text, as it reads inside a sentence. */
    public String inSentence(String label) {
        return texts().inSentence(label);
    }

    /** The label of a list's value (a status, a channel, a team) in the page's language; "" for none. */
    public String label(Enum<?> value) {
        return value == null ? "" : texts().get(Phrase.labelKey(value));
    }

    /**
     * A sentence the rules kept as a phrase, in the page's language; {@code asKept} (the English text) for rows kept
     * before phrases were.
     */
    public String said(Phrase phrase, String asKept) {
        return phrase == null ? (asKept == null ? "" : asKept) : phrase.in(texts());
    }
}
