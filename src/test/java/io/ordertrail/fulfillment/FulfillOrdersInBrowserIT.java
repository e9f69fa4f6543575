package io.ordertrail.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ordertrail.testsupport.Browser;
import io.ordertrail.testsupport.OnlinePlatform;
import io.ordertrail.testsupport.SharedOrdertrail;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;

/**
 * SOP step 7 on the fulfillment side: only a confirmed order becomes a task; the team picks, packs and dispatches
 * it with carrier and tracking, and every step shows on the order's timeline.
 */
@Order(4)
class FulfillOrdersInBrowserIT {

    private Browser sales;

    @BeforeEach
    void openBrowser() throws Exception {
        sales = Browser.open(SharedOrdertrail.baseUri());
    }

    @AfterEach
    void closeBrowser(TestInfo test) throws Exception {
        sales.screenshot("last-" + test.getTestMethod().orElseThrow().getName());
        sales.close();
    }

    @Test
    void aConfirmedOrderIsPickedPackedAndDispatchedAndTheOrderFollows() throws Exception {
        String unconfirmed = OnlinePlatform.recordedOrder();
        String orderNumber = OnlinePlatform.recordedOrder();
        sales.signInAs("sales").go("/orders/order.xhtml?number=" + orderNumber);
        sales.byId("confirmForm:channel").findElements(By.tagName("label")).stream()
                .filter(b -> b.getText().equals("Call"))
                .findFirst()
                .orElseThrow()
                .click();
        sales.awaitAjax();
        sales.type("confirmForm:spokeTo", "Per Olsson");
        sales.click("confirmForm:confirm");
        await().atMost(Duration.ofSeconds(10)).until(() -> sales.text("status").equals("Confirmed"));

        try (Browser fulfillment = Browser.open(SharedOrdertrail.baseUri())) {
            FulfillmentTasksPage tasks =
                    new FulfillmentTasksPage(fulfillment.signInAs("fulfillment")).awaitTask(orderNumber);
            assertThat(fulfillment.text("tasksForm:tasks"))
                    .as("only confirmed orders become tasks")
                    .doesNotContain(unconfirmed);
            assertThat(tasks.rowOf(orderNumber).getText()).contains("2 x RLR-230", "Harbour Road", "To pick");
            assertThat(fulfillment.cutOff("tasksForm:tasks", 1))
                    .as("order numbers shown whole")
                    .isEmpty();

            tasks.step(orderNumber, "Picking").step(orderNumber, "Packed").step(orderNumber, "Dispatched");
            fulfillment.visible("dispatchForm:carrier");
            fulfillment.click("dispatchForm:dispatch");
            assertThat(fulfillment.text("dispatchForm:dispatchFields"))
                    .contains("Enter the carrier", "tracking reference");
            fulfillment.type("dispatchForm:carrier", "DHL").type("dispatchForm:trackingReference", "JD0146000033");
            fulfillment.click("dispatchForm:dispatch");
            await().atMost(Duration.ofSeconds(10)).until(() -> tasks.rowOf(orderNumber) == null);
            fulfillment.screenshot("fulfillment-tasks");
            fulfillment.assertNoJavaScriptErrors();
        }

        sales.go("/orders/order.xhtml?number=" + orderNumber);
        assertThat(sales.text("status")).isEqualTo("Dispatched");
        assertThat(sales.text("timeline"))
                .contains(
                        "Fulfillment: to pick",
                        "Fulfillment: picking",
                        "Fulfillment: packed",
                        "Fulfillment: dispatched",
                        "With DHL, tracking JD0146000033",
                        "In fulfillment");
        sales.screenshot("order-dispatched-timeline");
        sales.assertNoJavaScriptErrors();
    }
}
