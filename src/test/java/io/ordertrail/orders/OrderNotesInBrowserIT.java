package io.ordertrail.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ordertrail.testsupport.Browser;
import io.ordertrail.testsupport.SharedOrdertrail;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * Notes on orders (issue 15): sales leaves a note for fulfillment on an order; it appears in the fulfillment team's
 * queue without a reload, is marked read there, and is on the order's timeline. An empty note is refused at the field.
 */
@Order(3)
class OrderNotesInBrowserIT {

    @Test
    void aNoteForFulfillmentAppearsInItsQueueWithoutAReloadAndIsMarkedRead() throws Exception {
        try (Browser fulfillment = Browser.open(SharedOrdertrail.baseUri());
                Browser sales = Browser.open(SharedOrdertrail.baseUri())) {
            sales.signInAs("sales");
            String orderNumber = new NewOrderPage(sales)
                    .customer("Nordic", "C-1004")
                    .line(0, "RLR", "RLR-230", 2)
                    .record();

            fulfillment
                    .signInAs("fulfillment")
                    .go("/fulfillment/handovers.xhtml")
                    .awaitPush("notes");
            fulfillment.script("window.stillTheSamePage = true;");

            sales.click("notesForm:addNote");
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(sales.text("notesForm"))
                            .contains("Write the note: what should the others know about this order?"));

            String text = "Customer collects at the back gate, ask for Jonas " + UUID.randomUUID();
            sales.all(By.xpath("//*[@id='notesForm:addressedTo']//*[normalize-space()='Fulfillment']"))
                    .get(0)
                    .click();
            sales.type("notesForm:noteText", text).click("notesForm:addNote");
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(sales.text("notesForm:notes"))
                            .contains(text)
                            .contains("not yet"));
            assertThat(sales.text("timeline")).contains("Note for fulfillment").contains(text);
            sales.screenshot("order-note-left");
            sales.assertNoJavaScriptErrors();

            await().atMost(Duration.ofSeconds(30)).until(() -> noteRow(fulfillment, text) != null);
            assertThat(fulfillment.script("return window.stillTheSamePage === true;"))
                    .as("the note arrived by push, not by reloading the page")
                    .isEqualTo(true);
            assertThat(noteRow(fulfillment, text).getText())
                    .contains(orderNumber)
                    .contains("sales");
            fulfillment.screenshot("fulfillment-queue-note");

            // fulfillment answers from its queue, without the order page it cannot open
            noteRow(fulfillment, text)
                    .findElement(By.cssSelector("[id$=':reply']"))
                    .click();
            fulfillment.awaitAjax();
            assertThat(fulfillment.byId("writeNoteForm:orderNumber").getAttribute("value"))
                    .isEqualTo(orderNumber);
            String answer = "Back gate is closed on Fridays; we deliver to the front " + UUID.randomUUID();
            fulfillment.type("writeNoteForm:noteText", answer).click("writeNoteForm:write");
            assertThat(fulfillment.text("writeNoteForm:writeNoteMessages"))
                    .contains("Note on " + orderNumber + " left for sales.");

            // the answer's own push may refresh the list at any moment (it comes from the broker, after the change):
            // a row found just before the refresh is gone, and is looked up again
            await().atMost(Duration.ofSeconds(10))
                    .ignoreException(StaleElementReferenceException.class)
                    .untilAsserted(() -> noteRow(fulfillment, text)
                            .findElement(By.cssSelector("[id$=':markRead']"))
                            .click());
            fulfillment.awaitAjax();
            await().atMost(Duration.ofSeconds(10))
                    .ignoreException(StaleElementReferenceException.class)
                    .until(() -> noteRow(fulfillment, text) == null);
            fulfillment.assertNoJavaScriptErrors();

            sales.go("/orders/order.xhtml?number=" + orderNumber);
            assertThat(sales.text("notesForm:notes")).contains("fulfillment,").contains(answer);
        }
    }

    private static WebElement noteRow(Browser browser, String text) {
        return browser.all(By.cssSelector("[id='teamNotesForm:teamNotes_data'] tr")).stream()
                .filter(tr -> tr.getText().contains(text))
                .findFirst()
                .orElse(null);
    }
}
