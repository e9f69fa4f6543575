package io.ordertrail.orders;

import io.ordertrail.testsupport.Browser;
import org.openqa.selenium.Keys;

import java.time.Duration;

import static org.awaitility.Awaitility.await;

/** The new-order page as the browser tests use it. */
public final class NewOrderPage {

    private final Browser browser;

    public NewOrderPage(Browser browser) {
        this.browser = browser;
        browser.go("/orders/new.xhtml");
    }

    public NewOrderPage customer(String filter, String number) {
        browser.choose("orderForm:customer", filter, number);
        return this;
    }

    public NewOrderPage line(int index, String filter, String productCode, int quantity) {
        if (index > 0) {
            browser.click("orderForm:addLine");
        }
        browser.choose("orderForm:lines:" + index + ":product", filter, productCode)
                .type("orderForm:lines:" + index + ":quantity_input", String.valueOf(quantity));
        browser.byId("orderForm:lines:" + index + ":quantity_input").sendKeys(Keys.TAB); // on to the next field
        browser.awaitAjax();
        return this;
    }

    /** What the page says about the line's availability. */
    public String availability(int index) {
        return browser.text("orderForm:lines:" + index + ":availability");
    }

    public String deliveryAddress() {
        return browser.byId("orderForm:deliveryAddress").getAttribute("value");
    }

    /** Records the order and returns its number from the order page it lands on. */
    public String record() {
        browser.byId("orderForm:record").click();
        await().atMost(Duration.ofSeconds(20)).until(() -> browser.currentUrl().contains("/orders/order.xhtml"));
        return browser.text("orderNumber");
    }
}
