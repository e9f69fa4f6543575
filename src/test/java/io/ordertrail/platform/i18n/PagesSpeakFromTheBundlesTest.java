package io.ordertrail.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a page shows comes from the bundles (issue 19, item 1): no attribute a person reads (a label, a
 * heading, a placeholder, a column's header, a message) and no text between tags is written into a page in English.
 * What a page may still write itself: the product's name, examples that are data (an email address, an order
 * number, a unit code) and punctuation.
 */
class PagesSpeakFromTheBundlesTest {

    private static final Path PAGES = Path.of("src/main/webapp");

    /** The attributes whose value a person reads. */
    private static final Pattern READ_ATTRIBUTE = Pattern.compile(
            "\\b(value|headerText|itemLabel|placeholder|title|emptyMessage|label|header|message|counterTemplate|"
                    + "ariaLabel|aria-label|filterPlaceholder|requiredMessage|alt)=\"([^\"]*)\"");

    /** Text between tags. */
    private static final Pattern TEXT = Pattern.compile(">([^<>]+)<");

    /** A word of a language: three letters or more, lower case after the first. */
    private static final Pattern WORD = Pattern.compile("\\b[A-Za-z][a-z]{2,}\\b");

    /** Data written as an example, and names that are not words of a language. */
    private static final Pattern DATA = Pattern.compile(
            "[\\w.+-]+@[\\w.-]+|https?://\\S+|Ordertrail|Excel|[a-z]+-[a-z]+(-[a-z]+)*|[a-z]+\\.[a-z]+");

    @Test
    void noPageWritesTextThatIsNotFromTheBundles() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(PAGES)) {
            for (Path page : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                String source = Files.readString(page)
                        .replaceAll("(?s)<!--.*?-->", "")
                        .replaceAll("(?s)<code[^>]*>.*?</code>", "")
                        .replaceAll("(?s)<pre[^>]*>.*?</pre>", "")
                        // parameters and links: names and addresses, not texts
                        .replaceAll("(?s)<(ui:param|f:param|f:viewParam|h:outputLink)\\b[^>]*>", "");
                Matcher attribute = READ_ATTRIBUTE.matcher(source);
                while (attribute.find()) {
                    check(page, attribute.group(1) + "=\"" + attribute.group(2) + "\"", attribute.group(2), found);
                }
                Matcher text = TEXT.matcher(source);
                while (text.find()) {
                    check(page, text.group(1).strip(), text.group(1), found);
                }
            }
        }
        assertThat(found)
                .as("texts written into pages instead of taken from the bundles")
                .isEmpty();
    }

    private static void check(Path page, String shown, String literal, List<String> found) {
        // what is inside #{...} is an expression: its quoted words are keys, conditions or values, not texts
        String outside = literal.replaceAll("#\\{[^}]*}", " ");
        outside = DATA.matcher(outside).replaceAll(" ");
        if (WORD.matcher(outside).find()) {
            found.add(PAGES.relativize(page) + ": " + shown);
        }
    }
}
