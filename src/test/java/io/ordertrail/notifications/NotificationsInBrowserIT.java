package io.ordertrail.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ordertrail.orders.OrderPage;
import io.ordertrail.testsupport.Browser;
import io.ordertrail.testsupport.OnlinePlatform;
import io.ordertrail.testsupport.SharedOrdertrail;
import java.time.Duration;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;

/**
 * Notifications to staff (issue 17): what is decided for a person reaches their open page as a badge in the
 * header, without a reload, with the list behind it leading to the order.
 */
@Order(3)
class NotificationsInBrowserIT {

    private static long badge(Browser browser) {
        var badges = browser.all(By.id("menuForm:unreadBadge"));
        return badges.isEmpty() ? 0 : Long.parseLong(badges.get(0).getText().trim());
    }

    @Test
    void whenInventoryDecidesASpecialRequestTheSalesPersonWhoAddedItSeesItInTheBadgeWithoutAReload() throws Exception {
        String orderNumber = OnlinePlatform.recordedOrder();
        try (Browser sales = Browser.open(SharedOrdertrail.baseUri());
                Browser inventory = Browser.open(SharedOrdertrail.baseUri())) {
            sales.signInAs("sales");
            new OrderPage(sales, orderNumber);
            sales.choose("requestsForm:requestType", "Subst", "Substitution");
            sales.type("requestsForm:requestDetails", "Any 230 mm roller will do if RLR-230 runs out");
            sales.click("requestsForm:addRequestButton");
            assertThat(sales.text("requestsForm:specialRequests")).contains("Waiting for review");
            sales.go("/index.xhtml");
            long before = badge(sales);
            sales.script("window.stillTheSamePage = true;");

            inventory.signInAs("inventory").go("/inventory/handovers.xhtml");
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> inventory.text("requestQueueForm:requestQueue").contains(orderNumber));
            inventory.all(By.cssSelector("[id='requestQueueForm:requestQueue_data'] tr")).stream()
                    .filter(row -> row.getText().contains(orderNumber))
                    .findFirst()
                    .orElseThrow()
                    .findElement(By.tagName("button"))
                    .click();
            inventory.visible("decisionForm:decisionReason");
            inventory.type("decisionForm:decisionReason", "RLR-240 set aside as the substitute");
            inventory.click("decisionForm:decide");

            await().atMost(Duration.ofSeconds(30))
                    .ignoreException(StaleElementReferenceException.class)
                    .until(() -> badge(sales) == before + 1);
            assertThat(sales.script("return window.stillTheSamePage === true;"))
                    .as("the badge changed on the open page, not by reloading it")
                    .isEqualTo(true);

            sales.click("menuForm:notifications");
            await().atMost(Duration.ofSeconds(10))
                    .until(() ->
                            sales.byId("notificationsForm:notificationList").isDisplayed());
            assertThat(sales.text("notificationsForm:notificationList"))
                    .contains("Special request decided")
                    .contains("Your special request on " + orderNumber + " (substitution) was decided by inventory")
                    .contains("RLR-240 set aside as the substitute");
            sales.screenshot("notifications-open");
            sales.all(By.cssSelector("[id='notificationsForm:notificationList'] a")).stream()
                    .filter(a -> a.getText().contains(orderNumber))
                    .findFirst()
                    .orElseThrow()
                    .click();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> sales.currentUrl().contains("/orders/order.xhtml?number=" + orderNumber));
            assertThat(badge(sales)).as("opened, so read").isEqualTo(before);
            sales.assertNoJavaScriptErrors();
        }
    }
}
