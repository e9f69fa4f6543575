package io.ordertrail.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ordertrail.orders.NewOrderPage;
import io.ordertrail.testsupport.Browser;
import io.ordertrail.testsupport.SharedOrdertrail;
import java.time.Duration;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** SOP step 7: a new order appears in the inventory team's work queue as it arrives, and is acknowledged there. */
@Order(3)
class WorkQueueInBrowserIT {

    @Test
    void aNewOrderAppearsOnTheInventoryPageWithoutAReloadAndIsAcknowledgedThere() throws Exception {
        try (Browser inventory = Browser.open(SharedOrdertrail.baseUri());
                Browser slowInventory = Browser.open(SharedOrdertrail.baseUri());
                Browser sales = Browser.open(SharedOrdertrail.baseUri())) {
            inventory.signInAs("inventory");
            assertThat(inventory.script("return document.querySelector('[data-ot-push$=\"/push/notifications\"]')"
                            + ".getAttribute('data-ot-since');"))
                    .as("the start page, reached as /, says when it was drawn: its socket fetches only if it missed a"
                            + " signal")
                    .asString()
                    .matches("[0-9]{13}");
            inventory.go("/inventory/handovers.xhtml").awaitPush("handovers");
            inventory.script("window.stillTheSamePage = true;");
            // a second work-queue page, drawn before the order, whose socket opens only after the order's signal left
            slowInventory.holdPushSockets().signInAs("inventory").go("/inventory/handovers.xhtml");
            slowInventory.script("window.stillTheSamePage = true;");

            sales.signInAs("sales");
            String orderNumber = new NewOrderPage(sales)
                    .customer("Nordic", "C-1004")
                    .line(0, "RLR", "RLR-230", 6)
                    .record();

            await().atMost(Duration.ofSeconds(30)).until(() -> rowOf(inventory, orderNumber) != null);
            assertThat(inventory.script("return window.stillTheSamePage === true;"))
                    .as("the row arrived by push, not by reloading the page")
                    .isEqualTo(true);

            // the signal has reached this server's open pages; the slow page's socket opens only now, and the page
            // still gets the order, through the one message a socket is sent when its page missed a signal
            assertThat(rowOf(slowInventory, orderNumber))
                    .as("drawn before the order")
                    .isNull();
            slowInventory.releasePushSockets().awaitPush("handovers");
            await().atMost(Duration.ofSeconds(10)).until(() -> rowOf(slowInventory, orderNumber) != null);
            assertThat(slowInventory.script("return window.stillTheSamePage === true;"))
                    .as("the row arrived through the late socket, not by reloading the page")
                    .isEqualTo(true);

            rowOf(inventory, orderNumber)
                    .findElement(By.cssSelector("[id$=':acknowledge']"))
                    .click();
            inventory.awaitAjax();
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(
                            () -> assertThat(rowOf(inventory, orderNumber).getText())
                                    .contains("inventory,")
                                    .doesNotContain("Acknowledge"));
            inventory.screenshot("inventory-work-queue");
            inventory.assertNoJavaScriptErrors();

            sales.go("/orders/order.xhtml?number=" + orderNumber);
            assertThat(sales.text("handoverForm:inventoryHandover")).contains("acknowledged by inventory");
            assertThat(sales.text("handoverForm:fulfillmentHandover")).doesNotContain("acknowledged");
        }
    }

    private static WebElement rowOf(Browser browser, String orderNumber) {
        return browser.all(By.cssSelector("[id='handoversForm:handovers_data'] tr")).stream()
                .filter(tr -> tr.getText().contains(orderNumber))
                .findFirst()
                .orElse(null);
    }
}
