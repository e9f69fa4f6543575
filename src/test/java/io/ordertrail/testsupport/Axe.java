package io.ordertrail.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * axe-core, Deque's accessibility rules, run on the page a browser shows: the WCAG 2.0, 2.1 and 2.2 A and AA rules.
 * The script is injected through WebDriver, which the page's Content-Security-Policy does not govern.
 */
public final class Axe {

    private static final String SCRIPT = load();

    private Axe() {}

    /**
     * The serious and critical violations on the page as shown, one line each: the rule, its impact, its help text,
     * and the first elements that break it.
     */
    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(Browser browser) {
        browser.script(SCRIPT);
        Object result = browser.asyncScript(
                "var done = arguments[arguments.length - 1];"
                        + " axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',"
                        + " 'wcag22aa']}, resultTypes: ['violations']})"
                        + ".then(function (r) { done(r.violations.filter(function (v) {"
                        + " return v.impact === 'serious' || v.impact === 'critical'; }).map(function (v) {"
                        + " return {id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(function (n) {"
                        + " return n.target.join(' '); })}; })); })"
                        + ".catch(function (e) { done([{id: 'axe-failed', impact: 'critical', help: String(e), nodes: []}]); });");
        return ((List<Map<String, Object>>) result)
                .stream()
                        .map(v -> v.get("impact") + " " + v.get("id") + ": " + v.get("help") + " " + v.get("nodes"))
                        .toList();
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
