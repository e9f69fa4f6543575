package io.ordertrail.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ordertrail.testsupport.Browser;
import io.ordertrail.testsupport.SharedOrdertrail;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;

/** SOP steps 1, 3 and 7 as a sales person does them: record an order on the page and see both teams receive it. */
@Order(3)
class RecordOrderInBrowserIT {

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

    @Test
    void salesRecordsAnOrderAndSeesItAcknowledgedByInventoryAndFulfillment() throws Exception {
        browser.signInAs("sales");
        NewOrderPage page = new NewOrderPage(browser)
                .customer("Acme", "C-1002")
                .line(0, "PNT-WHT", "PNT-WHT-10", 4)
                .line(1, "roller", "RLR-230", 2);
        assertThat(page.deliveryAddress())
                .as("the customer's usual address is proposed")
                .contains("12 Mill Lane");
        assertThat(page.availability(0)).matches("In stock \\(\\d+ available\\)");
        browser.screenshot("new-order-filled");

        String orderNumber = page.record();
        assertThat(orderNumber).matches("ORD-\\d{4}-\\d{6}");
        assertThat(browser.text("customer")).contains("Acme Hardware Ltd");
        assertThat(browser.all(By.cssSelector("[id$='lines_data'] tr"))).hasSize(2);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(browser.text("handoverForm:inventoryHandover")).startsWith("Received");
            assertThat(browser.text("handoverForm:fulfillmentHandover")).startsWith("Received");
            assertThat(browser.text("handoverForm:availability"))
                    .contains("Confirmed: all lines reserved", "PNT-WHT-10: 4 reserved; RLR-230: 2 reserved");
        });
        assertThat(browser.text("timeline"))
                .as("the timeline says what was handed over in words")
                .contains("Inventory received version 1: new order")
                .doesNotContain("OrderRecorded");
        browser.screenshot("order-handed-over");
        browser.assertNoJavaScriptErrors();

        // the inventory team finds it in its list
        try (Browser inventory = Browser.open(SharedOrdertrail.baseUri())) {
            inventory.signInAs("inventory").go("/inventory/handovers.xhtml");
            assertThat(inventory.text("handoversForm:handovers")).contains(orderNumber);
            String row = inventory.all(By.cssSelector("[id='handoversForm:handovers_data'] > tr")).stream()
                    .map(org.openqa.selenium.WebElement::getText)
                    .filter(text -> text.contains(orderNumber))
                    .findFirst()
                    .orElseThrow();
            assertThat(row)
                    .as("what arrived, whose and which goods, in words")
                    .contains("New order", "Acme Hardware Ltd", "2 × RLR-230", "4 × PNT-WHT-10")
                    .doesNotContain("OrderRecorded");
            inventory.screenshot("inventory-handovers");
        }
    }

    @Test
    void aShortLineShowsWhatIsAvailableAndWhenMoreIsExpectedWhileTheOrderIsTaken() throws Exception {
        browser.signInAs("sales");
        NewOrderPage page = new NewOrderPage(browser).customer("Acme", "C-1002").line(0, "Drop sheet", "SHT-DROP-4", 5);

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(page.availability(0))
                        .isEqualTo("Short: 0 available, more expected "
                                + java.time.LocalDate.now().plusDays(7)));
        browser.screenshot("new-order-short-line");
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void anIncompleteOrderIsRefusedWithEachProblemNextToItsField() throws Exception {
        browser.signInAs("sales").go("/orders/new.xhtml");

        browser.type("orderForm:lines:0:quantity_input", "0");
        browser.click("orderForm:review");

        assertThat(browser.currentUrl()).contains("/orders/new.xhtml");
        assertThat(browser.byId("orderForm:customer")
                        .findElement(By.xpath("../.."))
                        .getText())
                .contains("Choose the customer placing the order.");
        assertThat(browser.script("var ids = document.getElementById('orderForm:customer_input')"
                        + ".getAttribute('aria-describedby') || '';"
                        + " return ids.split(' ').map(function (id) { var e = document.getElementById(id);"
                        + " return e ? e.textContent : ''; }).join(' | ');"))
                .as("the error is tied to its field, so a screen reader reads it with the field")
                .asString()
                .contains("Choose the customer placing the order.");
        assertThat(browser.text("orderForm:lines"))
                .contains("Line 1: choose a product.")
                .contains("Line 1: enter a quantity of at least 1.");
        browser.screenshot("new-order-incomplete");
        browser.assertNoJavaScriptErrors();
    }
}
