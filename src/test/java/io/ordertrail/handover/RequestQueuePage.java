package io.ordertrail.handover;

import static org.awaitility.Awaitility.await;

import io.ordertrail.testsupport.Browser;
import java.time.Duration;
import org.openqa.selenium.By;

/** A team's queue of special requests on its handovers page, as the team's member uses it. */
public final class RequestQueuePage {

    private final Browser browser;

    public RequestQueuePage(Browser browser) {
        this.browser = browser;
    }

    /** Waits for the order's request in the queue and opens its decision dialog. */
    public RequestQueuePage open(String orderNumber) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> browser.text("requestQueueForm:requestQueue").contains(orderNumber));
        browser.all(By.cssSelector("[id='requestQueueForm:requestQueue_data'] tr")).stream()
                .filter(row -> row.getText().contains(orderNumber))
                .findFirst()
                .orElseThrow()
                .findElement(By.tagName("button"))
                .click();
        browser.visible("decisionForm:decisionReason");
        return this;
    }
}
