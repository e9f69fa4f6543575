package io.ordertrail.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every shipped language is complete: each bundle has every key of the English one and no other, with the same
 * arguments; every key a page or the code asks for exists; every pattern is a valid MessageFormat.
 */
class BundlesTest {

    private static final Path SOURCES = Path.of("src/main");

    private static Properties bundle(Locale locale) throws IOException {
        String name = "/" + Texts.BUNDLE.replace('.', '/')
                + (locale.equals(Texts.SUPPORTED.get(0)) ? "" : "_" + locale.getLanguage()) + ".properties";
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream(name)) {
            assertThat(in).as("the bundle " + name + " is shipped").isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** The argument numbers a pattern uses: {0}, {1,choice,...}. */
    private static Set<Integer> arguments(String pattern) {
        Set<Integer> used = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)[,}]").matcher(pattern);
        while (m.find()) {
            used.add(Integer.valueOf(m.group(1)));
        }
        return used;
    }

    @Test
    void everyShippedLanguageHasEveryKeyWithTheSameArguments() throws IOException {
        Properties english = bundle(Texts.SUPPORTED.get(0));
        List<String> problems = new ArrayList<>();
        for (Locale locale : Texts.SUPPORTED) {
            Properties other = bundle(locale);
            for (String key : english.stringPropertyNames()) {
                String pattern = other.getProperty(key);
                if (pattern == null) {
                    problems.add(locale + ": missing " + key);
                } else {
                    if (!arguments(pattern).equals(arguments(english.getProperty(key)))) {
                        problems.add(locale + ": " + key + " has arguments " + arguments(pattern) + ", English "
                                + arguments(english.getProperty(key)));
                    }
                    // "pf." keys are PrimeFaces templates ("{startRecord}"), read by PrimeFaces, not MessageFormat
                    if (!key.startsWith("pf.")) {
                        try {
                            new MessageFormat(pattern, locale);
                        } catch (IllegalArgumentException e) {
                            problems.add(locale + ": " + key + " is no MessageFormat pattern: " + e.getMessage());
                        }
                    }
                    if (pattern.contains("'")) {
                        problems.add(locale + ": " + key + " has an ' (MessageFormat drops it): write ’");
                    }
                }
            }
            for (String key : other.stringPropertyNames()) {
                if (!english.containsKey(key)) {
                    problems.add(locale + ": " + key + " is not in the English bundle");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyThePagesAndTheCodeAskForExists() throws IOException {
        Properties english = bundle(Texts.SUPPORTED.get(0));
        // #{msg['a.b']} and #{msg.a} in pages; t.get("a.b") and Texts...get("a.b") in the code
        Pattern inPages = Pattern.compile("(?:msg\\[|format\\.text2?\\()'([a-zA-Z0-9_.]+)'");
        Pattern inCode = Pattern.compile("\\b(?:get|Phrase\\.of)\\(\\s*\"([a-z][a-zA-Z0-9_]*\\.[a-zA-Z0-9_.]+)\"");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.toString();
                Pattern pattern = name.endsWith(".xhtml")
                        ? inPages
                        : name.endsWith(".java") && Files.readString(file).matches("(?s).*\\b(Texts|Phrase)\\b.*")
                                ? inCode
                                : null;
                if (pattern == null) {
                    continue;
                }
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    // a key ending in a dot is the start of keys completed in code ("vat.reason." + category)
                    boolean known = key.endsWith(".")
                            ? english.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key))
                            : english.containsKey(key);
                    if (!known) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void datesAndAmountsAreWrittenAsEachLanguageWritesThem() {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 12, 7);
        java.math.BigDecimal amount = new java.math.BigDecimal("1234.5");
        java.util.Currency euro = java.util.Currency.getInstance("EUR");
        assertThat(Texts.in(Locale.ENGLISH).date(day)).isEqualTo("Mon 7 Dec 2026");
        assertThat(Texts.in(Locale.GERMAN).date(day)).isEqualTo("Mo., 7. Dez. 2026");
        assertThat(Texts.in(Locale.ENGLISH).money(amount, euro)).isEqualTo("EUR 1,234.50");
        assertThat(Texts.in(Locale.GERMAN).money(amount, euro)).isEqualTo("1.234,50 EUR");
        assertThat(Texts.in(Locale.GERMAN).money(amount, java.util.Currency.getInstance("JPY")))
                .as("at the currency's scale")
                .isEqualTo("1.234,5 JPY");
        assertThat(Texts.in(Locale.forLanguageTag("de-AT")).locale()).isEqualTo(Locale.GERMAN);
        assertThat(Texts.in(Locale.forLanguageTag("sv-SE")).locale())
                .as("not shipped")
                .isEqualTo(Locale.ENGLISH);
    }

    /**
     * Every value a list offers (an enum with a label) has its label in the bundles, under its type's simple name and
     * its name, and the English one says what the code's label says.
     */
    @Test
    void everyListValueHasItsLabel() throws Exception {
        Properties english = bundle(Texts.SUPPORTED.get(0));
        List<String> problems = new ArrayList<>();
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes.resolve("io/ordertrail"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name =
                        classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (!type.isEnum()) {
                    continue;
                }
                java.lang.reflect.Method label;
                try {
                    label = type.getMethod("getLabel");
                } catch (NoSuchMethodException none) {
                    continue;
                }
                for (Object value : type.getEnumConstants()) {
                    String key = io.ordertrail.platform.i18n.Phrase.labelKey((Enum<?>) value);
                    String said = english.getProperty(key);
                    String expected = ((String) label.invoke(value)).replace('\'', '’');
                    if (!expected.equals(said)) {
                        problems.add(key + " is " + said + ", the code says " + expected);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
