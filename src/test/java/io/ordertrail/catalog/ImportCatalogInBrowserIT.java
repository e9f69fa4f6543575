package io.ordertrail.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ordertrail.testsupport.Browser;
import io.ordertrail.testsupport.SharedOrdertrail;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** An ADMIN imports products from CSV: a file with bad rows changes nothing, a good one adds the products. */
@Order(3)
class ImportCatalogInBrowserIT {

    @TempDir
    Path files;

    private Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.open(SharedOrdertrail.baseUri());
    }

    @AfterEach
    void closeBrowser(TestInfo test) throws Exception {
        browser.screenshot("last-" + test.getTestMethod().orElseThrow().getName());
        browser.close();
    }

    /** The catalog as the online platform reads it. */
    private static String productsInTheCatalog() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(SharedOrdertrail.baseUri().resolve("/api/products"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(
                                                                "integration:demo".getBytes(StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private void upload(String name, String content) throws Exception {
        Path file = files.resolve(name);
        Files.writeString(file, content);
        browser.byId("importForm:file_input").sendKeys(file.toAbsolutePath().toString());
        browser.awaitAjax();
    }

    @Test
    void aFileWithBadRowsListsEachWithItsLineAndChangesNothingThenAGoodFileImports() throws Exception {
        String good = "IMP-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String alsoNew = good + "-B";
        browser.signInAs("admin").go("/admin/import.xhtml");

        upload(
                "products-bad.csv",
                "code,name,unit_code,unit_price\n"
                        + good + ",Imported primer 1 l,EA,19.90\n"
                        + alsoNew + ",,EA,abc\n"
                        + "BAD CODE!,Something,EA,5\n");

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(browser.text("importForm:problems"))
                        .contains(
                                "products-bad.csv was not imported",
                                "Line 3: name is empty; unit_price \"abc\" is not a number",
                                "Line 4: code \"BAD CODE!\" may only hold letters, digits"));
        assertThat(productsInTheCatalog()).as("nothing of the file was stored").doesNotContain(good);
        browser.screenshot("import-refused");

        upload(
                "products.csv",
                "code,name,unit_code,unit_price\n"
                        + good + ",Imported primer 1 l,EA,19.90\n"
                        + alsoNew + ",Imported primer 5 l,EA,79.00\n");

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(browser.text("importForm:messages"))
                        .contains("products.csv: 2 products rows imported."));
        assertThat(productsInTheCatalog()).contains(good, alsoNew, "Imported primer 5 l");
        browser.screenshot("import-done");
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void everyBadRowIsListedAtOnceAnUnclosedQuoteIsNamedPlainlyAndTheChosenKindStaysChosen() throws Exception {
        String fresh = "IMP-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        browser.signInAs("admin").go("/admin/import.xhtml");
        // a second click on the kind already chosen (Products) leaves it chosen
        browser.all(By.cssSelector("[id='importForm:kind'] label")).get(0).click();
        browser.awaitAjax();

        upload(
                "products-two-bad.csv",
                "code,name,unit_code,unit_price\n"
                        + fresh + ",New primer without a price,EA,\n"
                        + "BAD CODE!,Something,EA,5\n");

        // both rows at once: the one that cannot be read, and the new product that has no price
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(browser.text("importForm:problems"))
                        .contains(
                                "products-two-bad.csv was not imported",
                                "Line 2: " + fresh + " is a new product, so it needs a unit_price",
                                "Line 3: code \"BAD CODE!\" may only hold letters, digits"));
        browser.screenshot("import-two-bad-rows");

        upload(
                "unclosed.csv",
                "code,name,unit_code,unit_price\n\"" + fresh + ",Primer,EA,5\n" + fresh + "-B,Primer,EA,5\n");

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(browser.text("importForm:problems"))
                        .contains(
                                "unclosed.csv was not imported",
                                "Line 2: a value in double quotes (\") is never closed"));
        assertThat(browser.text("importForm:problems")).doesNotContain("org.apache", "Exception");
        assertThat(browser.text("importForm:messages")).doesNotContain("Something went wrong");
        assertThat(productsInTheCatalog()).doesNotContain(fresh);
        browser.assertNoJavaScriptErrors();
    }
}
