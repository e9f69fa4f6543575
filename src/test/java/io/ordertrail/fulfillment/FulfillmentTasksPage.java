package io.ordertrail.fulfillment;

import static org.awaitility.Awaitility.await;

import io.ordertrail.testsupport.Browser;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The fulfillment team's task list, as a person works it. */
public final class FulfillmentTasksPage {

    private final Browser browser;

    public FulfillmentTasksPage(Browser browser) {
        this.browser = browser;
        browser.go("/fulfillment/tasks.xhtml");
    }

    /**
     * The order's row, or null while it is not on the list, or while the list's poll replaced it as it was read (the
     * callers wait until it is there).
     */
    public WebElement rowOf(String orderNumber) {
        try {
            return browser.all(By.cssSelector("[id='tasksForm:tasks_data'] tr")).stream()
                    .filter(row -> row.getText().contains(orderNumber))
                    .findFirst()
                    .orElse(null);
        } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
            return null;
        }
    }

    public FulfillmentTasksPage awaitTask(String orderNumber) {
        await().atMost(Duration.ofSeconds(30)).until(() -> rowOf(orderNumber) != null);
        return this;
    }

    /** Takes the next step on the order's task by its button. */
    public FulfillmentTasksPage step(String orderNumber, String label) {
        // found and clicked in one script, so the list's poll cannot replace the row in between
        await().atMost(Duration.ofSeconds(10))
                .until(() -> Boolean.TRUE.equals(browser.script("var row = Array.from(document.querySelectorAll("
                        + "\"[id='tasksForm:tasks_data'] > tr\")).find(function (tr) {"
                        + " return tr.textContent.indexOf('" + orderNumber + "') >= 0; });"
                        + " var button = row && Array.from(row.querySelectorAll('button')).find(function (b) {"
                        + " return b.textContent.trim() === '" + label + "'; });"
                        + " if (!button) { return false; } button.scrollIntoView({block: 'center'}); button.click();"
                        + " return true;")));
        browser.awaitAjax();
        return this;
    }

    /** Picks, packs and dispatches the order with the carrier and tracking reference. */
    public FulfillmentTasksPage dispatch(String orderNumber, String carrier, String tracking) {
        step(orderNumber, "Picking").step(orderNumber, "Packed").step(orderNumber, "Dispatched");
        browser.visible("dispatchForm:carrier");
        browser.type("dispatchForm:carrier", carrier).type("dispatchForm:trackingReference", tracking);
        browser.click("dispatchForm:dispatch");
        await().atMost(Duration.ofSeconds(10)).until(() -> rowOf(orderNumber) == null);
        return this;
    }
}
