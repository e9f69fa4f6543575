package io.ordertrail.customers.domain;

import static io.ordertrail.platform.InputRejected.checkLength;

import io.ordertrail.platform.InputRejected.Problem;
import io.ordertrail.platform.i18n.Phrase;
import io.ordertrail.platform.i18n.Texts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything staff keep about a customer, as they enter it on the customer page or in an import, and what is wrong
 * with it. {@code email} and {@code phone} are the customer's own (confirmations go there); contacts are people.
 */
public record CustomerDetails(
        String name,
        String email,
        String phone,
        String billingAddress,
        String preferredConfirmation,
        String notes,
        List<Contact> contacts,
        List<Address> addresses,
        List<Identifier> identifiers,
        String currency,
        VatTreatment vatTreatment,
        String language) {

    /** The currency a customer is billed in when none is chosen. */
    public static final String DEFAULT_CURRENCY = io.ordertrail.platform.Money.BASE_CURRENCY;

    /** The currencies staff bill customers in, ISO 4217, and what they read. */
    public static final Map<String, String> CURRENCIES = currencies();

    public static final int MAX_NOTES = 2000;
    public static final int MAX_LABEL = 100;
    public static final int MAX_ROLE = 100;
    public static final int MAX_IDENTIFIER = 100;

    /** The ways a customer can prefer to have orders confirmed, with what staff read. */
    public static final Map<String, String> CONFIRMATION_CHANNELS =
            new LinkedHashMap<>(Map.of("EMAIL", "Email", "CALL", "Phone call", "MESSAGE", "Text message"));

    /** The identifier schemes staff pick from; an ISO 6523 ICD code (four digits) names any other. */
    public static final Map<String, String> SCHEMES = schemes();

    private static final Pattern ICD = Pattern.compile("[0-9]{4}");
    private static final Pattern PEPPOL_ID = Pattern.compile("[0-9]{4}:[^\\s:]{1,50}");
    private static final Pattern VAT = Pattern.compile("[A-Z]{2}[0-9A-Z+*.]{2,13}");

    public CustomerDetails {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        currency = blank(currency) ? DEFAULT_CURRENCY : currency.trim().toUpperCase(Locale.ROOT);
        vatTreatment = vatTreatment == null ? VatTreatment.DOMESTIC : vatTreatment;
        language = blank(language) ? DEFAULT_LANGUAGE : language.strip().toLowerCase(Locale.ROOT);
    }

    /** The language a customer is written to in when none is chosen. */
    public static final String DEFAULT_LANGUAGE = "en";

    /** The same details with other identifiers, billed in another currency under another VAT treatment. */
    public CustomerDetails billedIn(List<Identifier> identifiers, String currency, VatTreatment vatTreatment) {
        return new CustomerDetails(
                name,
                email,
                phone,
                billingAddress,
                preferredConfirmation,
                notes,
                contacts,
                addresses,
                identifiers,
                currency,
                vatTreatment,
                language);
    }

    private static Map<String, String> currencies() {
        Map<String, String> currencies = new LinkedHashMap<>();
        for (String code : io.ordertrail.platform.Money.CURRENCIES) {
            currencies.put(
                    code, code + " – " + java.util.Currency.getInstance(code).getDisplayName(Locale.UK));
        }
        return java.util.Collections.unmodifiableMap(currencies);
    }

    /** A person at the customer. */
    public record Contact(String name, String email, String phone, String role) {}

    /** A delivery address; {@code locationId} is how the customer's ERP names it (a GLN, usually). */
    public record Address(String label, String address, String locationId, boolean defaultAddress) {}

    /** An identifier in a scheme: GLN, DUNS, VAT, PEPPOL or an ISO 6523 ICD code. */
    public record Identifier(String scheme, String value) {}

    /**
     * The schemes an identifier in this ISO 6523 ICD scheme may be on record under: the code itself, and the scheme
     * staff pick for it by name (0088 is a GLN, 0060 a D-U-N-S number).
     */
    public static List<String> schemesMeaning(String icd) {
        return switch (icd) {
            case "0088" -> List.of("0088", "GLN");
            case "0060" -> List.of("0060", "DUNS");
            default -> List.of(icd);
        };
    }

    private static Map<String, String> schemes() {
        Map<String, String> schemes = new LinkedHashMap<>();
        schemes.put("GLN", "GLN (GS1 Global Location Number)");
        schemes.put("DUNS", "D-U-N-S number");
        schemes.put("VAT", "VAT number");
        schemes.put("PEPPOL", "PEPPOL participant ID");
        schemes.put("ORG", "Company registration number");
        return java.util.Collections.unmodifiableMap(schemes);
    }

    /** Every problem, each named by its field: {@code name}, {@code contacts[1].email}, {@code identifiers[0].value}. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>(new NewCustomer(name, null, email, phone, null).problems());
        checkLength(
                problems, "billingAddress", Phrase.of("what.billingAddress"), billingAddress, NewCustomer.MAX_ADDRESS);
        checkLength(problems, "notes", Phrase.of("what.notes"), notes, MAX_NOTES);
        if (!blank(preferredConfirmation) && !CONFIRMATION_CHANNELS.containsKey(preferredConfirmation)) {
            problems.add(new Problem("preferredConfirmation", Phrase.of("problem.preferredConfirmation")));
        }
        for (int i = 0; i < contacts.size(); i++) {
            contactProblems(problems, "contacts[" + i + "].", contacts.get(i));
        }
        for (int i = 0; i < addresses.size(); i++) {
            String at = "addresses[" + i + "].";
            Address a = addresses.get(i);
            if (blank(a.address())) {
                problems.add(new Problem(at + "address", Phrase.of("problem.customer.address")));
            }
            checkLength(problems, at + "address", Phrase.of("what.address"), a.address(), NewCustomer.MAX_ADDRESS);
            checkLength(problems, at + "label", Phrase.of("what.label"), a.label(), MAX_LABEL);
            checkLength(problems, at + "locationId", Phrase.of("what.locationID"), a.locationId(), MAX_IDENTIFIER);
        }
        if (addresses.stream().filter(Address::defaultAddress).count() > 1) {
            problems.add(new Problem("addresses", Phrase.of("problem.addresses")));
        }
        if (Texts.ofTag(language).isEmpty()) {
            problems.add(new Problem(
                    "language",
                    Phrase.of(
                            "problem.customer.language",
                            String.valueOf(language),
                            String.valueOf(String.join(
                                    ", ",
                                    Texts.SUPPORTED.stream()
                                            .map(Locale::getLanguage)
                                            .toList())))));
        }
        if (!CURRENCIES.containsKey(currency)) {
            problems.add(new Problem(
                    "currency",
                    Phrase.of(
                            "problem.customer.currency",
                            String.valueOf(currency),
                            String.valueOf(String.join(", ", CURRENCIES.keySet())))));
        }
        if (vatTreatment == VatTreatment.REVERSE_CHARGE
                && identifiers.stream()
                        .noneMatch(i -> "VAT"
                                        .equalsIgnoreCase(
                                                blank(i.scheme())
                                                        ? ""
                                                        : i.scheme().trim())
                                && !blank(i.value()))) {
            problems.add(new Problem("vatTreatment", Phrase.of("problem.customer.reverseCharge")));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < identifiers.size(); i++) {
            String at = "identifiers[" + i + "].";
            Identifier id = identifiers.get(i);
            String scheme = blank(id.scheme()) ? "" : id.scheme().trim().toUpperCase(Locale.ROOT);
            if (!SCHEMES.containsKey(scheme) && !ICD.matcher(scheme).matches()) {
                problems.add(new Problem(at + "scheme", Phrase.of("problem.customer.scheme")));
            } else if (blank(id.value())) {
                problems.add(new Problem(at + "value", Phrase.of("problem.customer.identifier")));
            } else {
                String problem = problemWith(scheme, id.value().trim());
                if (problem != null) {
                    problems.add(new Problem(at + "value", problem));
                } else if (!seen.add(scheme + " " + id.value().trim())) {
                    problems.add(new Problem(at + "value", Phrase.of("problem.customer.identifierTwice")));
                }
            }
        }
        return problems;
    }

    private static void contactProblems(List<Problem> problems, String at, Contact c) {
        if (blank(c.name())) {
            problems.add(new Problem(at + "name", Phrase.of("problem.customer.contact")));
        }
        if (!blank(c.email()) && !NewCustomer.isEmail(c.email().trim())) {
            problems.add(
                    new Problem(at + "email", NewCustomer.notAnEmail(c.email().trim())));
        }
        if (!blank(c.phone()) && !NewCustomer.isPhone(c.phone().trim())) {
            problems.add(
                    new Problem(at + "phone", NewCustomer.notAPhone(c.phone().trim())));
        }
        checkLength(problems, at + "name", Phrase.of("what.name"), c.name(), NewCustomer.MAX_NAME);
        checkLength(problems, at + "role", Phrase.of("what.role"), c.role(), MAX_ROLE);
    }

    /** What is wrong with the value in the scheme, or null. */
    static String problemWith(String scheme, String value) {
        if (value.length() > MAX_IDENTIFIER) {
            return "An identifier has at most " + MAX_IDENTIFIER + " characters.";
        }
        return switch (scheme) {
            case "GLN", "0088" ->
                isGln(value) ? null : "“" + value + "” is not a GLN: 13 digits, the last a GS1 check digit.";
            case "DUNS", "0060" -> value.matches("[0-9]{9}") ? null : "A D-U-N-S number has 9 digits.";
            case "PEPPOL" ->
                PEPPOL_ID.matcher(value).matches()
                        ? null
                        : "A PEPPOL participant ID is the ICD code, a colon and the identifier, such as 0088:7300010000001.";
            case "VAT" ->
                VAT.matcher(value.toUpperCase(Locale.ROOT)).matches()
                        ? null
                        : "A VAT number starts with the two-letter country code, such as SE556677889901.";
            default -> null;
        };
    }

    /** Whether the text is a GS1 Global Location Number: 13 digits with a valid check digit. */
    public static boolean isGln(String s) {
        if (s == null || !s.matches("[0-9]{13}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int digit = s.charAt(i) - '0';
            sum += i % 2 == 0 ? digit : digit * 3;
        }
        return (10 - sum % 10) % 10 == s.charAt(12) - '0';
    }

    static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
