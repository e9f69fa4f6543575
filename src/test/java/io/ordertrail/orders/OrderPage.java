package io.ordertrail.orders;

import static org.awaitility.Awaitility.await;

import io.ordertrail.testsupport.Browser;
import java.time.Duration;
import org.openqa.selenium.By;

/** One order's page, as staff use it. */
public final class OrderPage {

    private final Browser browser;

    public OrderPage(Browser browser, String orderNumber) {
        this.browser = browser;
        browser.go("/orders/order.xhtml?number=" + orderNumber);
    }

    /** Sends (or, for a call, records) the confirmation through the channel with that label. */
    public OrderPage confirmBy(String channelLabel) {
        browser.byId("confirmForm:channel").findElements(By.tagName("label")).stream()
                .filter(b -> b.getText().equals(channelLabel))
                .findFirst()
                .orElseThrow()
                .click();
        browser.awaitAjax();
        if (channelLabel.equals("Call")) {
            browser.type("confirmForm:spokeTo", "Per Olsson (buyer)");
        }
        browser.click("confirmForm:confirm");
        return this;
    }

    public OrderPage awaitStatus(String status) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> browser.text("status").equals(status));
        return this;
    }

    public AmendOrderPage amend() {
        browser.byId("amend").click();
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.currentUrl().contains("/orders/amend.xhtml"));
        return new AmendOrderPage(browser);
    }
}
