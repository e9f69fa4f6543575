package io.ordertrail.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ordertrail.orders.NewOrderPage;
import io.ordertrail.testsupport.Browser;
import io.ordertrail.testsupport.SharedOrdertrail;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The inventory team keeps the stock (issue 15): a count with a reason and a note changes what the new-order page
 * says is available; a count without a note, or below what is reserved, is refused at the field and changes nothing.
 */
@Order(3)
class StockKeepingInBrowserIT {

    private static final String PRODUCT = "SHT-DROP-4";

    @Test
    void aCountWithAReasonChangesAvailabilityOnTheNewOrderPage() throws Exception {
        try (Browser inventory = Browser.open(SharedOrdertrail.baseUri());
                Browser sales = Browser.open(SharedOrdertrail.baseUri())) {
            inventory.signInAs("inventory").go("/inventory/stock.xhtml");
            WebElement row = rowOf(inventory, PRODUCT);
            int reserved = Integer.parseInt(
                    row.findElements(By.tagName("td")).get(3).getText().trim());
            int counted = reserved + 4321;

            row.findElement(By.cssSelector("[id$=':count']")).click();
            inventory.visible("movementForm:quantity_input");
            inventory.type("movementForm:quantity_input", String.valueOf(counted));
            inventory.click("movementForm:save");
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(
                            () -> assertThat(inventory.text("movementForm")).contains("Choose why the stock changed."));

            inventory.choose("movementForm:reason", "Cyc", "Cycle count");
            inventory.click("movementForm:save");
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(
                            () -> assertThat(inventory.text("movementForm")).contains("Say what happened"));

            String note = "shelf B4 recounted " + UUID.randomUUID().toString().substring(0, 6);
            inventory.type("movementForm:note", note).click("movementForm:save");
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(inventory.text("stockForm:movements"))
                            .contains(note)
                            .contains("Cycle count"));
            assertThat(rowOf(inventory, PRODUCT).getText()).contains(String.valueOf(counted));
            // what is available now: the count, less what is reserved (lines that waited for this stock may just
            // have been reserved by the count's re-evaluation)
            int availableAfterCount = Integer.parseInt(rowOf(inventory, PRODUCT)
                    .findElements(By.tagName("td"))
                    .get(4)
                    .getText()
                    .trim());
            assertThat(availableAfterCount).isGreaterThanOrEqualTo(4300);
            inventory.screenshot("stock-counted");
            inventory.assertNoJavaScriptErrors();

            sales.signInAs("sales");
            NewOrderPage page =
                    new NewOrderPage(sales).customer("Nordic", "C-1004").line(0, "SHT", PRODUCT, 4300);
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(page.availability(0)).startsWith("In stock ("));
            int available = Integer.parseInt(
                    page.availability(0).replaceAll("\\D+", " ").trim().split(" ")[0]);
            assertThat(available).as("what the count left available").isEqualTo(availableAfterCount);

            rowOf(inventory, PRODUCT)
                    .findElement(By.cssSelector("[id$=':count']"))
                    .click();
            inventory.visible("movementForm:quantity_input");
            inventory.type("movementForm:quantity_input", String.valueOf(-1));
            inventory.choose("movementForm:reason", "Los", "Lost or stolen");
            inventory.type("movementForm:note", "below zero on purpose").click("movementForm:save");
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(
                            () -> assertThat(inventory.text("movementForm")).contains("are reserved for orders"));
        }
    }

    private static WebElement rowOf(Browser browser, String code) {
        return browser.all(By.cssSelector("[id='stockForm:levels_data'] tr")).stream()
                .filter(tr -> tr.getText().contains(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError(code + " is not on the stock page"));
    }
}
