package io.ordertrail.customers.domain;

import static io.ordertrail.platform.InputRejected.checkLength;

import io.ordertrail.platform.InputRejected.Problem;
import io.ordertrail.platform.i18n.Phrase;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The details of a customer being created, and what is wrong with them. */
public record NewCustomer(
        String name,
        String contactName,
        String email,
        String phone,
        String address,
        String language,
        String currency,
        String vatTreatment,
        String vatNumber) {

    /** A customer written to in the default language, billed in the base currency, domestic VAT. */
    public NewCustomer(String name, String contactName, String email, String phone, String address) {
        this(name, contactName, email, phone, address, null, null, null, null);
    }

    public static final int MAX_NAME = 200;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_PHONE = 40;
    public static final int MAX_ADDRESS = 500;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()./-]*");

    public static boolean isEmail(String s) {
        return s != null && s.length() <= MAX_EMAIL && EMAIL.matcher(s).matches();
    }

    public static boolean isPhone(String s) {
        return s != null && PHONE.matcher(s).matches() && digits(s) >= 6 && digits(s) <= 15;
    }

    /** What to tell someone who typed this as an email address. */
    public static Phrase notAnEmail(String typed) {
        return Phrase.of("input.notAnEmail", typed);
    }

    /** What to tell someone who typed this as a phone number. */
    public static Phrase notAPhone(String typed) {
        return Phrase.of("input.notAPhone", typed);
    }

    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (blank(name)) {
            problems.add(new Problem("name", Phrase.of("newCustomer.name")));
        }
        if (blank(email) && blank(phone)) {
            problems.add(new Problem("email", Phrase.of("newCustomer.emailOrPhone")));
        }
        if (!blank(email) && !EMAIL.matcher(email.trim()).matches()) {
            problems.add(new Problem("email", notAnEmail(email.trim())));
        }
        if (!blank(phone) && !isPhone(phone.trim())) {
            problems.add(new Problem("phone", notAPhone(phone.trim())));
        }
        checkLength(problems, "name", Phrase.of("what.name"), name, MAX_NAME);
        checkLength(problems, "contactName", Phrase.of("what.contactName"), contactName, MAX_NAME);
        checkLength(problems, "email", Phrase.of("what.emailAddress"), email, MAX_EMAIL);
        checkLength(problems, "phone", Phrase.of("what.phoneNumber"), phone, MAX_PHONE);
        checkLength(problems, "address", Phrase.of("what.address"), address, MAX_ADDRESS);
        if (!blank(language)
                && io.ordertrail.platform.i18n.Texts.ofTag(language).isEmpty()) {
            problems.add(new Problem(
                    "language",
                    Phrase.of(
                            "problem.customer.newLanguage",
                            String.valueOf(language.trim()),
                            String.valueOf(String.join(
                                    ", ",
                                    io.ordertrail.platform.i18n.Texts.SUPPORTED.stream()
                                            .map(java.util.Locale::getLanguage)
                                            .toList())))));
        }
        if (!blank(currency)
                && !io.ordertrail.platform.Money.CURRENCIES.contains(
                        currency.trim().toUpperCase(java.util.Locale.ROOT))) {
            problems.add(new Problem(
                    "currency",
                    Phrase.of(
                            "problem.customer.newCurrency",
                            String.valueOf(currency.trim()),
                            String.valueOf(String.join(", ", io.ordertrail.platform.Money.CURRENCIES)))));
        }
        VatTreatment treatment = null;
        if (!blank(vatTreatment)) {
            try {
                treatment = VatTreatment.valueOf(vatTreatment.trim());
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(
                        "vatTreatment",
                        Phrase.of("problem.customer.vatTreatment", String.valueOf(vatTreatment.trim()))));
            }
        }
        if (!blank(vatNumber)) {
            String problem = CustomerDetails.problemWith("VAT", vatNumber.trim());
            if (problem != null) {
                problems.add(new Problem("vatNumber", problem));
            }
        } else if (treatment == VatTreatment.REVERSE_CHARGE) {
            problems.add(new Problem("vatNumber", Phrase.of("problem.vatNumber")));
        }
        return problems;
    }

    /** Whether the customer is billed other than by default: another currency, treatment or a VAT number. */
    public boolean billed() {
        return !blank(currency) || !blank(vatTreatment) || !blank(vatNumber);
    }

    private static long digits(String s) {
        return s.chars().filter(Character::isDigit).count();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
