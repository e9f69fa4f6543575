package io.ordertrail.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ordertrail.handover.RequestQueuePage;
import io.ordertrail.orders.OrderPage;
import io.ordertrail.testsupport.Browser;
import io.ordertrail.testsupport.ItEnvironment;
import io.ordertrail.testsupport.OnlinePlatform;
import io.ordertrail.testsupport.SharedOrdertrail;
import jakarta.mail.internet.MimeMessage;
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

    /** Switches the digest on the account page, as the person would. */
    private static void switchDigest(Browser browser, boolean on) {
        browser.go("/account.xhtml");
        boolean checked = browser.byId("digestForm:digest_input").isSelected();
        if (checked != on) {
            browser.byId("digestForm:digest")
                    .findElement(By.cssSelector(".ui-chkbox-box"))
                    .click();
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(browser.text("digestForm:digestMessages"))
                            .contains(on ? "The digest is on" : "The digest is off."));
        }
    }

    /** The text of the digest mailed to the sales user that names the order, or null while there is none. */
    private static String digestAbout(String orderNumber) throws Exception {
        for (MimeMessage mail : ItEnvironment.mail().received()) {
            if (mail.getAllRecipients()[0].toString().equals("sales@ordertrail.invalid")
                    && mail.getSubject().contains("unread notification")) {
                String text = (String) mail.getContent();
                if (text.contains(orderNumber)) {
                    return text;
                }
            }
        }
        return null;
    }

    @Test
    void whenInventoryDecidesASpecialRequestTheSalesPersonWhoAddedItSeesItInTheBadgeWithoutAReload() throws Exception {
        String orderNumber = OnlinePlatform.recordedOrder();
        try (Browser sales = Browser.open(SharedOrdertrail.baseUri());
                Browser inventory = Browser.open(SharedOrdertrail.baseUri())) {
            sales.signInAs("sales");
            switchDigest(sales, true);
            new OrderPage(sales, orderNumber);
            sales.choose("requestsForm:requestType", "Subst", "Substitution");
            sales.type("requestsForm:requestDetails", "Any 230 mm roller will do if RLR-230 runs out");
            sales.click("requestsForm:addRequestButton");
            assertThat(sales.text("requestsForm:specialRequests")).contains("Waiting for review");
            sales.go("/index.xhtml");
            long before = badge(sales);
            sales.script("window.stillTheSamePage = true;");

            inventory.signInAs("inventory").go("/inventory/handovers.xhtml");
            new RequestQueuePage(inventory).open(orderNumber);
            inventory.type("decisionForm:decisionReason", "RLR-240 set aside as the substitute");
            inventory.click("decisionForm:decide");

            await().atMost(Duration.ofSeconds(30))
                    .ignoreException(StaleElementReferenceException.class)
                    .until(() -> badge(sales) == before + 1);
            assertThat(sales.script("return window.stillTheSamePage === true;"))
                    .as("the badge changed on the open page, not by reloading it")
                    .isEqualTo(true);

            // the sales person's digest is on: the unread notification is mailed to them
            String digest =
                    await().atMost(Duration.ofSeconds(30)).until(() -> digestAbout(orderNumber), text -> text != null);
            assertThat(digest)
                    .contains(
                            "You have",
                            "unread notification",
                            "Special request decided: Your special request on " + orderNumber)
                    .contains("/orders/order.xhtml?number=" + orderNumber);

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
            switchDigest(sales, false);
        }
    }
}
