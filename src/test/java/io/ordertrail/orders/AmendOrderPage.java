package io.ordertrail.orders;

import io.ordertrail.testsupport.Browser;
import org.openqa.selenium.Keys;

/** The amendment page: the customer's request, and the order as it should be. */
public final class AmendOrderPage {

    private final Browser browser;

    AmendOrderPage(Browser browser) {
        this.browser = browser;
    }

    /** Opens the page directly, as from a bookmark or a second tab. */
    public static AmendOrderPage open(Browser browser, String orderNumber) {
        browser.go("/orders/amend.xhtml?number=" + orderNumber);
        return new AmendOrderPage(browser);
    }

    /** Who asked, through which channel, how it was verified, the reference and the reason. */
    public AmendOrderPage request(
            String channel, String requestedBy, String verifiedHow, String reference, String reason) {
        browser.choose("amendForm:requestChannel", channel, channel);
        browser.type("amendForm:requestedBy", requestedBy);
        if (verifiedHow != null) {
            browser.type("amendForm:verifiedHow", verifiedHow);
        }
        if (reference != null) {
            browser.type("amendForm:reference", reference);
        }
        browser.choose("amendForm:reason", reason, reason);
        return this;
    }

    public AmendOrderPage quantity(int line, int quantity) {
        browser.type("amendForm:lines:" + line + ":quantity_input", String.valueOf(quantity));
        browser.byId("amendForm:lines:" + line + ":quantity_input").sendKeys(Keys.TAB);
        browser.awaitAjax();
        return this;
    }

    public String quantity(int line) {
        return browser.byId("amendForm:lines:" + line + ":quantity_input").getAttribute("value");
    }

    /** Amends with Ctrl+Enter, as a keyboard user would. */
    public void submit() {
        browser.byId("amendForm:note").sendKeys(Keys.chord(Keys.CONTROL, Keys.RETURN));
        browser.awaitAjax();
    }

    /** Cancels the order, answering yes to the question whether to. */
    public void cancelOrder() {
        browser.byId("amendForm:cancelOrder").click();
        browser.press("amendForm:confirmYes");
        browser.awaitAjax();
    }

    public String text() {
        return browser.text("amendForm");
    }
}
