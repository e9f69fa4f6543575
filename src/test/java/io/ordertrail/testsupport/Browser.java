package io.ordertrail.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium driving Ordertrail's pages as a person would, with the page-object helpers the tests share:
 * signing in, PrimeFaces menus, waiting for ajax, screenshots, and a check that no JavaScript error occurred.
 */
public final class Browser implements AutoCloseable {

    /** The name with which each browser's profile directory starts, under the tests' data directory. */
    static final String PROFILE_PREFIX = "chromium-profile";

    private static final Duration AJAX_TIMEOUT = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final URI base;
    private final Path profile;

    private Browser(ChromeDriver driver, URI base, Path profile) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
    }

    public static Browser open(URI base) throws IOException {
        Path profile = Files.createTempDirectory(ItEnvironment.dataDir(), PROFILE_PREFIX);
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1366,1000",
                // Debian's Chromium opens its first tab on its search engine's start page, start.duckduckgo.com,
                // and the first page a test asked for waited until looking that name up failed: 1.2 s on each start,
                // 5 s on one in three, on a machine whose DNS answers slowly for names it cannot reach
                "--host-resolver-rules=MAP *.duckduckgo.com ~NOTFOUND",
                "--user-data-dir=" + profile);
        // what a page makes the browser download (an export's POST) lands in the profile's downloads, unasked
        options.setExperimentalOption(
                "prefs",
                java.util.Map.of(
                        "download.default_directory",
                        profile.resolve("downloads").toAbsolutePath().toString(),
                        "download.prompt_for_download",
                        false,
                        // a second download from the same page (CSV after Excel) is not held for permission
                        "profile.default_content_setting_values.automatic_downloads",
                        1));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options), base, profile);
    }

    /** Opens a page of the application, e.g. {@code /orders/list.xhtml}, below its context root. */
    public Browser go(String path) {
        String root = base.toString();
        driver.get((root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + path);
        return this;
    }

    /**
     * Waits until the page's websocket on {@code /push/<channel>} is open (ordertrail.js marks its element): a signal
     * sent before that does not reach the page, and a socket's opening took 5 s in about 2 % of a CI run's pages.
     */
    public Browser awaitPush(String channel) {
        await().atMost(AJAX_TIMEOUT)
                .until(() -> !all(By.cssSelector("[data-ot-push$='/push/" + channel + "'][data-ot-open]"))
                        .isEmpty());
        return this;
    }

    /**
     * From the next page on, holds back the opening of every page's push socket until {@link #releasePushSockets()}:
     * what a slow network does now and then. The page's script gets a stand-in socket; the real one opens, with the
     * same address and handlers, when released.
     */
    public Browser holdPushSockets() {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", """
                        (function () {
                            var Real = window.WebSocket, held = [];
                            window.WebSocket = function (address) {
                                var standIn = {};
                                held.push(function () {
                                    var socket = new Real(address);
                                    ['onopen', 'onmessage', 'onclose', 'onerror'].forEach(function (handler) {
                                        socket[handler] = function (event) {
                                            if (standIn[handler]) { standIn[handler](event); }
                                        };
                                    });
                                });
                                return standIn;
                            };
                            window.otReleasePushSockets = function () {
                                held.splice(0).forEach(function (open) { open(); });
                            };
                        })();
                        """));
        return this;
    }

    /** Opens the push sockets {@link #holdPushSockets()} held back on the current page. */
    public Browser releasePushSockets() {
        script("window.otReleasePushSockets();");
        return this;
    }

    /** Signs in as a demo user through the login page and lands on the start page. */
    public Browser signInAs(String user) {
        return signInAs(user, "demo");
    }

    /** Signs in through the login page and lands on the start page. */
    public Browser signInAs(String user, String password) {
        go("/");
        WebElement name = driver.findElement(By.id("j_username"));
        name.clear();
        name.sendKeys(user);
        driver.findElement(By.id("j_password")).sendKeys(password);
        driver.findElement(By.id("signIn")).click();
        await().atMost(AJAX_TIMEOUT).until(() -> !driver.getCurrentUrl().contains("login.xhtml"));
        return this;
    }

    /**
     * What a link of the page downloads, fetched with this browser's session (its cookies): a file the browser would
     * save, for the test to open. Fails on any status but 200.
     */
    public byte[] download(String href) throws IOException, InterruptedException {
        String cookies = driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(base.resolve(href))
                                .header("Cookie", cookies)
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + href + " answered " + response.statusCode());
        }
        return response.body();
    }

    /**
     * Clicks what makes the browser download a file (an export button) and returns the file once it is complete.
     * Fails when no file ending in {@code extension} arrives within 30 s.
     */
    public Path downloadBy(String id, String extension) throws IOException {
        Path downloads = profile.resolve("downloads");
        Files.createDirectories(downloads);
        java.util.Set<Path> before;
        try (java.util.stream.Stream<Path> files = Files.list(downloads)) {
            before = files.collect(java.util.stream.Collectors.toSet());
        }
        byId(id).click();
        return await("a " + extension + " file downloaded by " + id)
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> {
                            try (java.util.stream.Stream<Path> files = Files.list(downloads)) {
                                return files.filter(f -> !before.contains(f)
                                                && f.getFileName().toString().endsWith(extension))
                                        .findFirst()
                                        .orElse(null);
                            }
                        },
                        java.util.Objects::nonNull);
    }

    /** Presses keys on whatever has the focus, as a keyboard user would. */
    public Browser pressKeys(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
        return this;
    }

    /** The window at this size, as on a phone (390 x 844) or a laptop (1366 x 768). */
    public Browser resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        return this;
    }

    public WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** The element's text; found again if a poll or ajax update replaced it while it was read. */
    public String text(String id) {
        for (int attempt = 1; ; attempt++) {
            try {
                return byId(id).getText();
            } catch (StaleElementReferenceException replaced) {
                if (attempt == 5) {
                    throw replaced;
                }
            }
        }
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /**
     * Chooses an entry of a PrimeFaces selectOneMenu by typing in its filter, as a keyboard user would, and returns
     * once the menu holds it and its list has closed.
     */
    public Browser choose(String menuId, String filterText, String labelStart) {
        return chooseFrom(menuId, filterText, labelStart);
    }

    /** Picks an entry of a PrimeFaces selectOneMenu without a filter by clicking it, as a mouse user would. */
    public Browser pick(String menuId, String labelStart) {
        return chooseFrom(menuId, null, labelStart);
    }

    /**
     * Opens the menu, filters it if asked, and clicks the entry, until the menu's own select holds the entry. Each step
     * waits for the panel to stand still: a click while it still fades in or out (another menu just chosen from, or
     * this one just closed) is taken by the moving panel or as "close", and the choice is lost without an error.
     */
    private Browser chooseFrom(String menuId, String filterText, String labelStart) {
        await().atMost(AJAX_TIMEOUT)
                .until(() -> !all(By.id(menuId)).isEmpty() && byId(menuId).isDisplayed());
        await().atMost(AJAX_TIMEOUT)
                .pollInterval(Duration.ofMillis(250))
                .ignoreExceptionsMatching(e ->
                        e instanceof StaleElementReferenceException || e instanceof ElementNotInteractableException)
                .until(() -> {
                    WebElement panel = byId(menuId + "_panel");
                    if (Boolean.TRUE.equals(((JavascriptExecutor) driver)
                            .executeScript("return jQuery(arguments[0]).is(':animated');", panel))) {
                        return false;
                    }
                    if (chosenIn(menuId).startsWith(labelStart)) {
                        return !panel.isDisplayed();
                    }
                    if (!panel.isDisplayed()) {
                        byId(menuId).click();
                        return false;
                    }
                    List<WebElement> filter = all(By.id(menuId + "_filter"));
                    if (filterText != null && !filterText.equals(filter.get(0).getAttribute("value"))) {
                        filter.get(0).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
                        filter.get(0).sendKeys(filterText);
                        return false;
                    }
                    WebElement item = visibleItem(menuId, labelStart);
                    if (item != null) {
                        item.click();
                    }
                    return false;
                });
        awaitAjax();
        return this;
    }

    /** The label of the entry the menu's hidden select holds, or an empty text. */
    private String chosenIn(String menuId) {
        Object label = ((JavascriptExecutor) driver)
                .executeScript(
                        "var s = document.getElementById(arguments[0]);"
                                + " return s && s.selectedIndex >= 0 ? s.options[s.selectedIndex].text : '';",
                        menuId + "_input");
        return label == null ? "" : label.toString();
    }

    private WebElement visibleItem(String menuId, String labelStart) {
        return byId(menuId + "_panel").findElements(By.cssSelector("li.ui-selectonemenu-item")).stream()
                .filter(WebElement::isDisplayed)
                .filter(li -> li.getText().startsWith(labelStart))
                .findFirst()
                .orElse(null);
    }

    /** Picks a suggestion of a PrimeFaces autoComplete by typing part of it, as a keyboard user would. */
    public Browser suggest(String autoCompleteId, String typed, String suggestionContains) {
        type(autoCompleteId + "_input", typed);
        await().atMost(AJAX_TIMEOUT).until(() -> suggestion(autoCompleteId, suggestionContains) != null);
        suggestion(autoCompleteId, suggestionContains).click();
        awaitAjax();
        return this;
    }

    private WebElement suggestion(String autoCompleteId, String contains) {
        try {
            return byId(autoCompleteId + "_panel").findElements(By.cssSelector(".ui-autocomplete-item")).stream()
                    .filter(WebElement::isDisplayed)
                    .filter(item -> item.getText().contains(contains))
                    .findFirst()
                    .orElse(null);
        } catch (StaleElementReferenceException | org.openqa.selenium.NoSuchElementException notYet) {
            return null;
        }
    }

    /** Waits until the element is shown, e.g. a dialog that an ajax response opens. */
    public WebElement visible(String id) {
        // an ajax update may replace the element while it is looked at: look again
        await().atMost(AJAX_TIMEOUT)
                .ignoreException(StaleElementReferenceException.class)
                .until(() -> !all(By.id(id)).isEmpty() && byId(id).isDisplayed());
        return byId(id);
    }

    /**
     * Clicks a button as soon as it takes the click: a confirmation dialog's button is visible while the overlay of
     * the dialog before it may still cover it for a moment, and the click would land on the overlay.
     */
    public Browser press(String id) {
        await().atMost(AJAX_TIMEOUT)
                .ignoreExceptionsMatching(e ->
                        e instanceof StaleElementReferenceException || e instanceof ElementNotInteractableException)
                .until(() -> {
                    visible(id).click();
                    return true;
                });
        return this;
    }

    /** Replaces a field's content as a person would: select all, then type. */
    public Browser type(String id, String text) {
        await().atMost(AJAX_TIMEOUT).until(() -> !all(By.id(id)).isEmpty());
        WebElement input = byId(id);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        return this;
    }

    public Browser click(String id) {
        byId(id).click();
        awaitAjax();
        return this;
    }

    /** Waits until PrimeFaces has no ajax request queued or running. */
    public void awaitAjax() {
        await().atMost(AJAX_TIMEOUT)
                .until(
                        () -> Boolean.TRUE.equals(
                                ((JavascriptExecutor) driver)
                                        .executeScript(
                                                "return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    public Object script(String javaScript) {
        return ((JavascriptExecutor) driver).executeScript(javaScript);
    }

    /** Runs an asynchronous script: it ends by calling the callback passed as its last argument. */
    public Object asyncScript(String javaScript) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return ((JavascriptExecutor) driver).executeAsyncScript(javaScript);
    }

    /** The texts of a data table's cells in this column (1 is the first) that do not fit their cell and are cut off. */
    @SuppressWarnings("unchecked")
    public List<String> cutOff(String tableId, int column) {
        return (List<String>)
                script("return Array.from(document.querySelectorAll(\"[id='" + tableId + "_data'] > tr > td:nth-child("
                        + column + ")\")).filter(function (td) { return td.scrollWidth > td.clientWidth + 1; })"
                        + ".map(function (td) { return td.textContent.trim(); });");
    }

    public Path screenshot(String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /** Fails if the page logged a JavaScript error. */
    public void assertNoJavaScriptErrors() {
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .filter(e -> !e.getMessage().contains("favicon.ico"))
                .toList();
        assertThat(errors).as("JavaScript errors").isEmpty();
    }

    @Override
    public void close() {
        // a page still loading when the browser quits has its requests cut off mid-way; Payara 6.2025.10 then fails
        // one of them inside its authentication (an NPE on the recycled request) and can answer a later request of
        // another test with 500, so let the page finish first
        try {
            await().atMost(Duration.ofSeconds(5))
                    .ignoreExceptions()
                    .until(() -> "complete".equals(script("return document.readyState;")));
        } catch (org.awaitility.core.ConditionTimeoutException stillLoading) {
            System.err.println("The page was still loading when its browser closed: " + stillLoading.getMessage());
        }
        driver.quit();
        // the browser's profile is only of use while it runs, and a run opens dozens; a file Chromium still holds
        // is left for `mvn clean`, with a word on stderr
        try {
            Directories.deleteRecursively(profile);
        } catch (IOException e) {
            System.err.println("Could not remove the browser profile " + profile + ": " + e);
        }
    }
}
