package io.ordertrail.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ordertrail.testsupport.ApiClient;
import io.ordertrail.testsupport.Browser;
import io.ordertrail.testsupport.SharedOrdertrail;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The search box (issue 19): an order is found by any of its words (here a purchase-order reference, an address, the
 * instructions of an amendment, a note, the customer's name), the best match first, and proposed while the words are
 * typed; what an amendment, a note or a change to the customer's record adds is found as soon as it is saved. Runs on
 * H2 and on PostgreSQL (CI).
 */
@Order(3)
class OrderSearchInBrowserIT {

    private static final Random RANDOM = new Random();

    private final ApiClient api = ApiClient.integration(SharedOrdertrail.baseUri());
    private Browser sales;

    @BeforeEach
    void signIn() throws Exception {
        sales = Browser.open(SharedOrdertrail.baseUri());
        sales.signInAs("sales");
    }

    @AfterEach
    void close() {
        sales.close();
    }

    @Test
    void anOrderIsFoundByAnyOfItsWordsBestMatchFirstAndProposedWhileTyping() throws Exception {
        String word = word();
        String customer = newCustomer();
        String inTheReference = order(
                customer, "\"purchaseOrderReference\":\"PO-" + word.toUpperCase() + "\"", "1 Quay Street, Bristol");
        String inTheAddress = order(customer, "\"purchaseOrderReference\":\"PO-1\"", word + " Lane 4, Bristol");

        sales.go("/orders/search.xhtml?q=" + word);
        assertThat(sales.text("summary")).startsWith("2 orders have all of the words");
        assertThat(resultNumbers())
                .as("a word in the order's reference ranks above the same word in its address")
                .containsExactly(inTheReference, inTheAddress);
        sales.screenshot("search-results");

        // typed in the header, the start of the word is enough; the best proposal is opened from the keyboard
        sales.go("/orders/list.xhtml");
        sales.byId("searchForm:searchBox_input").click();
        sales.pressKeys(word.substring(0, 6));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(sales.text("searchForm:searchBox_panel"))
                        .contains(inTheReference, inTheAddress, "PO-" + word.toUpperCase()));
        sales.screenshot("search-proposals");
        sales.pressKeys(Keys.ARROW_DOWN, Keys.ENTER);
        await().atMost(Duration.ofSeconds(10)).until(() -> sales.currentUrl().contains("number=" + inTheReference));

        // Enter without choosing lists all that were found
        sales.byId("searchForm:searchBox_input").click();
        sales.pressKeys(word + " bristol", Keys.ENTER);
        await().atMost(Duration.ofSeconds(10)).until(() -> sales.currentUrl().contains("/orders/search.xhtml?q="));
        assertThat(resultNumbers()).containsExactlyInAnyOrder(inTheReference, inTheAddress);
        sales.assertNoJavaScriptErrors();
    }

    @Test
    void whatAnAmendmentANoteOrTheCustomersNewNameAddsIsFoundOnceSaved() throws Exception {
        String customer = newCustomer();
        String number = order(customer, "\"purchaseOrderReference\":\"PO-2\"", "9 Dock Road, Bristol");
        String amendedWord = word();
        HttpResponse<String> read = api.get("orders/" + number);
        HttpResponse<String> amended = api.send(
                "PUT", "orders/" + number, read.headers().firstValue("ETag").orElseThrow(), """
                {"lines":[{"productCode":"RLR-230","quantity":3}],"deliveryAddress":"9 Dock Road, Bristol",
                 "instructions":"Call %s before delivery",
                 "request":{"requestedBy":"Eva Berg","verifiedHow":"signed in to the customer account",
                            "reference":"change 1","reason":"QUANTITY_CHANGE"}}""".formatted(amendedWord));
        assertThat(amended.statusCode()).as(() -> ApiClient.explain(amended)).isEqualTo(200);

        sales.go("/orders/search.xhtml?q=" + amendedWord);
        assertThat(resultNumbers()).containsExactly(number);

        String noteWord = word();
        sales.go("/orders/order.xhtml?number=" + number);
        sales.all(By.xpath("//*[@id='notesForm:addressedTo']//*[normalize-space()='Fulfillment']"))
                .get(0)
                .click();
        sales.type("notesForm:noteText", "Gate code is " + noteWord).click("notesForm:addNote");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(sales.text("notesForm:notes")).contains(noteWord));

        sales.go("/orders/search.xhtml?q=" + noteWord.substring(0, 5).toUpperCase());
        assertThat(resultNumbers()).contains(number);
        sales.go("/orders/search.xhtml?q=" + noteWord + "+" + amendedWord);
        assertThat(resultNumbers()).as("every word must be found").containsExactly(number);

        // the customer's new name finds their orders once the record is saved
        String newName = "Renamed " + word();
        sales.go("/customers/customer.xhtml?number=" + customer);
        sales.type("customerForm:name", newName).type("customerForm:reason", "Trading under a new name");
        sales.click("customerForm:save");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(sales.text("version")).isEqualTo("version 2"));
        sales.go("/orders/search.xhtml?q=" + newName.replace(' ', '+'));
        assertThat(resultNumbers()).containsExactly(number);

        // and the change made on the customer's page is on the audit trail, with its reason
        try (Browser manager = Browser.open(SharedOrdertrail.baseUri())) {
            manager.signInAs("manager");
            assertThat(manager.go("/records/audit.xhtml?type=CUSTOMER&id=" + customer)
                            .text("auditForm:entries"))
                    .contains("CUSTOMER_CHANGED")
                    .contains("Trading under a new name");
        }
    }

    @Test
    void aSearchWithoutWordsSaysWhatCanBeSearchedAndNothingFoundSaysWhatToTry() {
        sales.go("/orders/search.xhtml?q=%27%3B--");
        assertThat(sales.text("searchSummary")).contains("Type an order number, a customer’s name");

        sales.go("/orders/search.xhtml?q=" + word());
        assertThat(sales.text("summary"))
                .contains("No order has all of the words")
                .contains("Try fewer words");
    }

    private List<String> resultNumbers() {
        return sales.all(By.cssSelector("[id='resultsForm:results_data'] > tr > td:first-child a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** A word no other order has: letters only, so that each of its starts is a word start too. */
    private static String word() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }

    private String newCustomer() throws Exception {
        return post("customers", """
                {"name":"Search test customer","email":"search-%d@example.com","defaultDeliveryAddress":"1 Quay Street, Bristol"}""".formatted(RANDOM.nextInt(1_000_000))).getString("customerNumber");
    }

    private String order(String customer, String reference, String address) throws Exception {
        return post("orders", """
                {"customerNumber":"%s",%s,"lines":[{"productCode":"RLR-230","quantity":2}],"deliveryAddress":"%s"}""".formatted(customer, reference, address)).getString("orderNumber");
    }

    private JsonObject post(String path, String body) throws Exception {
        HttpResponse<String> response = api.post(path, body);
        assertThat(response.statusCode()).as(() -> ApiClient.explain(response)).isEqualTo(201);
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
