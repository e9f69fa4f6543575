package io.ordertrail.orders;

import static org.awaitility.Awaitility.await;

import io.ordertrail.testsupport.Browser;
import java.time.Duration;
import org.openqa.selenium.Keys;

/** The new-order page as the browser tests use it. */
public final class NewOrderPage {

    private final Browser browser;

    public NewOrderPage(Browser browser) {
        this(browser, true);
    }

    /** The page as it is in the browser now ({@code open} false), or opened afresh. */
    public NewOrderPage(Browser browser, boolean open) {
        this.browser = browser;
        if (open) {
            browser.go("/orders/new.xhtml");
        }
    }

    /** Finds the customer by part of their name, number, phone or email and picks the one with this number. */
    public NewOrderPage customer(String typed, String number) {
        browser.suggest("orderForm:customer", typed, number);
        return this;
    }

    /** Creates a new customer in the dialog; the order then is for them. */
    public NewOrderPage newCustomer(String name, String email, String phone, String address) {
        browser.click("orderForm:newCustomer");
        browser.visible("customerForm:name");
        browser.type("customerForm:name", name)
                .type("customerForm:email", email)
                .type("customerForm:phone", phone)
                .type("customerForm:address", address);
        browser.click("customerForm:createCustomer");
        return this;
    }

    public NewOrderPage channel(String label) {
        browser.byId("orderForm:channel").findElements(org.openqa.selenium.By.tagName("label")).stream()
                .filter(b -> b.getText().equals(label))
                .findFirst()
                .orElseThrow()
                .click();
        browser.awaitAjax();
        return this;
    }

    public NewOrderPage sourceEmail(String email) {
        browser.type("orderForm:sourceEmail", email);
        return this;
    }

    public NewOrderPage agreedPrice(int index, String price, String reason) {
        browser.type("orderForm:lines:" + index + ":agreedPrice_input", price)
                .type("orderForm:lines:" + index + ":priceReason", reason);
        return this;
    }

    public NewOrderPage deliverTo(String address) {
        browser.type("orderForm:deliveryAddress", address);
        return this;
    }

    public NewOrderPage instructions(String text) {
        browser.type("orderForm:instructions", text);
        return this;
    }

    /** Asks for the final double-check with Ctrl+Enter, as a keyboard user would, and returns what it shows. */
    public String review() {
        browser.byId("orderForm:instructions").sendKeys(Keys.chord(Keys.CONTROL, Keys.RETURN));
        browser.awaitAjax();
        return browser.visible("orderForm:reviewDialog").getText();
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

    /** Reviews and records the order and returns its number from the order page it lands on. */
    public String record() {
        review();
        browser.byId("orderForm:record").click();
        await().atMost(Duration.ofSeconds(20)).until(() -> browser.currentUrl().contains("/orders/order.xhtml"));
        return browser.text("orderNumber");
    }
}
