package io.ordertrail.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ordertrail.fulfillment.FulfillmentTasksPage;
import io.ordertrail.handover.RequestQueuePage;
import io.ordertrail.testsupport.Browser;
import io.ordertrail.testsupport.Mailbox;
import io.ordertrail.testsupport.OnlinePlatform;
import io.ordertrail.testsupport.SharedOrdertrail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * SOP step 6 as staff do it: a customer's change, taken through an approved channel and verified, makes a new
 * version of the order with the differences shown, and is re-confirmed; some changes are refused, saying why.
 */
@Order(4)
class AmendOrdersInBrowserIT {

    private Browser sales;

    @BeforeEach
    void openBrowser() throws Exception {
        sales = Browser.open(SharedOrdertrail.baseUri());
        sales.signInAs("sales");
    }

    @AfterEach
    void closeBrowser(TestInfo test) throws Exception {
        sales.screenshot("last-" + test.getTestMethod().orElseThrow().getName());
        sales.close();
    }

    @Test
    void anAmendmentByPhoneMakesVersionTwoShowsWhatChangedAndIsReconfirmedByEmail() throws Exception {
        String orderNumber = OnlinePlatform.recordedOrder();
        OrderPage order = new OrderPage(sales, orderNumber).confirmBy("Email").awaitStatus("Confirmed");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Mailbox.about(orderNumber).size() == 1);

        AmendOrderPage amendment = order.amend()
                .request(
                        "Phone",
                        "Per Olsson (buyer)",
                        "called back on the number on file",
                        "call 2026-11-26 14:05",
                        "Quantity change")
                .quantity(0, 5);
        sales.screenshot("amend-order");
        amendment.submit();

        await().atMost(Duration.ofSeconds(10)).until(() -> sales.currentUrl().contains("/orders/order.xhtml"));
        assertThat(sales.text("orderVersion")).isEqualTo("v2");
        assertThat(sales.all(By.cssSelector(".ui-messages")).stream()
                        .filter(WebElement::isDisplayed)
                        .map(WebElement::getText)
                        .filter(text -> text.contains("amended to version 2")))
                .as("the amendment's message is the growl's, not repeated in every section of the page")
                .isEmpty();
        assertThat(sales.text("reconfirmationNeeded")).contains("re-confirm");
        assertThat(sales.text("changes")).contains("v2: RLR-230", "quantity 2 → 5", "Total: ");
        assertThat(sales.all(By.cssSelector("#versions td.ot-changed")))
                .extracting(e -> e.getText())
                .as("the quantity and the total are highlighted in v2")
                .hasSize(2)
                .anyMatch(t -> t.startsWith("5 × "));
        assertThat(sales.text("versions"))
                .contains(
                        "v1",
                        "v2",
                        "Quantity change",
                        "Phone, asked by Per Olsson (buyer)",
                        "verified: called back on the number on file (ref. call 2026-11-26 14:05)");
        sales.script("document.getElementById('versions').scrollIntoView()");
        sales.screenshot("order-versions-side-by-side");

        new OrderPage(sales, orderNumber).confirmBy("Email");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Mailbox.about(orderNumber).size() == 2);
        MimeMessage reconfirmation = Mailbox.about(orderNumber).get(1);
        assertThat(reconfirmation.getSubject())
                .isEqualTo("Order " + orderNumber + " changed and confirmed (version 2)");
        assertThat(Mailbox.text(reconfirmation)).contains("What changed:", "RLR-230", "quantity 2 → 5", "5 x RLR-230");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> sales.all(By.id("reconfirmationNeeded")).isEmpty());
        assertThat(sales.text("timeline"))
                .contains(
                        "Amended to v2 (quantity change) by phone from Per Olsson (buyer)", "Re-confirmation · Email");
        assertThat(sales.all(By.cssSelector("#timeline li")).stream()
                        .map(WebElement::getText)
                        .filter(entry -> entry.contains("Amended to v2 (quantity change)")))
                .as("the amendment's entry is titled for what happened, not for the status the order stays in")
                .singleElement()
                .satisfies(
                        entry -> assertThat(entry).contains("Amended by sales").doesNotContain("Confirmed by"));
        sales.assertNoJavaScriptErrors();
    }

    @Test
    void anAmendmentThroughAnUnapprovedChannelOrWithoutItsVerificationIsRefusedAndNothingChanges() throws Exception {
        String orderNumber = OnlinePlatform.recordedOrder();

        AmendOrderPage amendment = new OrderPage(sales, orderNumber)
                .amend()
                .request("Social media", "Per Olsson", null, null, "Quantity change")
                .quantity(0, 7);
        amendment.submit();

        assertThat(amendment.text())
                .contains(
                        "A request through “Social media” cannot be taken: ask the customer to use one of those.",
                        "Record how you verified that the request came from the customer",
                        "Record a reference to the request");
        sales.screenshot("amend-refused-unapproved-channel");
        new OrderPage(sales, orderNumber);
        assertThat(sales.text("orderVersion")).isEqualTo("v1");
        assertThat(sales.text("lines")).contains("RLR-230").doesNotContain("\n7\n");
        assertThat(sales.all(By.id("versions"))).isEmpty();
        sales.assertNoJavaScriptErrors();
    }

    @Test
    void afterARefusedAmendmentTheCorrectedOneIsStillSubmittedWithCtrlEnter() throws Exception {
        String orderNumber = OnlinePlatform.recordedOrder();
        AmendOrderPage amendment = new OrderPage(sales, orderNumber)
                .amend()
                .request("Phone", "Per Olsson", null, null, "Quantity change")
                .quantity(0, 7);
        amendment.submit();
        assertThat(amendment.text()).contains("Record how you verified that the request came from the customer");

        amendment.request("Phone", "Per Olsson", "called back on the number on file", "call", "Quantity change");
        amendment.submit();

        await().atMost(Duration.ofSeconds(10)).until(() -> sales.currentUrl().contains("/orders/order.xhtml"));
        assertThat(sales.text("orderVersion")).isEqualTo("v2");
        sales.assertNoJavaScriptErrors();
    }

    @Test
    void anAmendmentAfterDispatchIsRefusedWithWhatToDoInstead() throws Exception {
        String orderNumber = OnlinePlatform.recordedOrder();
        new OrderPage(sales, orderNumber).confirmBy("Call").awaitStatus("Confirmed");
        AmendOrderPage amendment = AmendOrderPage.open(sales, orderNumber) // opened before the parcel left
                .request("Phone", "Per Olsson", "called back on the number on file", "call 15:10", "Quantity change")
                .quantity(0, 1);

        try (Browser fulfillment = Browser.open(SharedOrdertrail.baseUri())) {
            new FulfillmentTasksPage(fulfillment.signInAs("fulfillment"))
                    .awaitTask(orderNumber)
                    .dispatch(orderNumber, "DHL", "JD0146000099");
        }
        amendment.submit();

        assertThat(amendment.text())
                .contains(
                        "Order " + orderNumber + " was dispatched on",
                        "so it can no longer be amended or cancelled. Arrange a return with the customer");
        new OrderPage(sales, orderNumber);
        assertThat(sales.text("status")).isEqualTo("Dispatched");
        assertThat(sales.text("orderVersion")).isEqualTo("v1");
        assertThat(sales.all(By.id("amend")))
                .as("no amend button on a dispatched order")
                .isEmpty();
        sales.assertNoJavaScriptErrors();
    }

    @Test
    void aCancelledOrderIsToldToTheCustomerAndCanNoLongerBeChanged() throws Exception {
        String orderNumber = OnlinePlatform.recordedOrder();
        new OrderPage(sales, orderNumber).confirmBy("Email").awaitStatus("Confirmed");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Mailbox.about(orderNumber).size() == 1);

        AmendOrderPage.open(sales, orderNumber)
                .request(
                        "Phone",
                        "Per Olsson (buyer)",
                        "called back on the number on file",
                        "call 16:20",
                        "Cancellation: Customer cancelled")
                .cancelOrder();

        await().atMost(Duration.ofSeconds(10)).until(() -> sales.currentUrl().contains("/orders/order.xhtml"));
        assertThat(sales.text("status")).isEqualTo("Cancelled");
        assertThat(sales.all(By.id("amend"))).isEmpty();
        // and the amend page, reached by its address, says so at once instead of offering a form it would refuse
        sales.go("/orders/amend.xhtml?number=" + orderNumber);
        assertThat(sales.text("notAmendable"))
                .startsWith("Order " + orderNumber + " is cancelled on ")
                .endsWith("Take a new order for what the customer needs now.");
        assertThat(sales.all(By.id("amendForm"))).isEmpty();
        sales.go("/orders/order.xhtml?number=" + orderNumber);
        assertThat(sales.text("confirmForm:confirm")).isEqualTo("Send cancellation notice");
        new OrderPage(sales, orderNumber).confirmBy("Email");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Mailbox.about(orderNumber).size() == 2);
        assertThat(Mailbox.about(orderNumber).get(1).getSubject()).isEqualTo("Order " + orderNumber + " cancelled");
        assertThat(Mailbox.text(Mailbox.about(orderNumber).get(1))).contains("we have cancelled your order");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> sales.text("timeline").contains("Cancellation notice"));
        sales.assertNoJavaScriptErrors();
    }

    @Test
    void twoPeopleAmendingOneOrderAtOnceEndWithOneNewVersionAndOneClearConflict() throws Exception {
        String orderNumber = OnlinePlatform.recordedOrder();
        AmendOrderPage first = AmendOrderPage.open(sales, orderNumber)
                .request("Phone", "Per Olsson", "called back on the number on file", "call 10:01", "Quantity change")
                .quantity(0, 3);
        try (Browser manager = Browser.open(SharedOrdertrail.baseUri())) {
            AmendOrderPage second = AmendOrderPage.open(manager.signInAs("manager"), orderNumber)
                    .request("Email", "Per Olsson", "from the address on file", "<abc@example.com>", "Quantity change")
                    .quantity(0, 4);

            first.submit();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> sales.currentUrl().contains("/orders/order.xhtml"));
            second.submit();

            assertThat(second.text())
                    .contains("Order " + orderNumber + " was changed to version 2 by sales while you"
                            + " were working on version 1. Nothing of your change was saved");
            assertThat(manager.text("amendForm:editingVersion")).isEqualTo("working on v2");
            assertThat(second.quantity(0))
                    .as("the page now shows the current version")
                    .isEqualTo("3");
            manager.screenshot("amend-conflict");
            manager.assertNoJavaScriptErrors();
        }
        new OrderPage(sales, orderNumber);
        assertThat(sales.text("orderVersion")).isEqualTo("v2");
        assertThat(sales.text("changes")).contains("quantity 2 → 3").doesNotContain("→ 4");
    }

    @Test
    void aSpecialRequestIsReviewedByInventoryAndItsOutcomeReachesTheConfirmationAndFulfillment() throws Exception {
        String orderNumber = OnlinePlatform.recordedOrder();
        new OrderPage(sales, orderNumber);
        sales.choose("requestsForm:requestType", "Subst", "Substitution");
        assertThat(sales.text("requestsForm:requestTeam"))
                .as("routed to the type's team")
                .contains("Inventory");
        sales.type("requestsForm:requestDetails", "Any 230 mm roller will do if RLR-230 runs out");
        sales.click("requestsForm:addRequestButton");
        assertThat(sales.text("requestsForm:specialRequests"))
                .contains("Substitution", "Inventory", "Waiting for review");

        try (Browser inventory = Browser.open(SharedOrdertrail.baseUri())) {
            inventory.signInAs("inventory").go("/inventory/handovers.xhtml");
            new RequestQueuePage(inventory).open(orderNumber);
            inventory.click("decisionForm:decide");
            assertThat(inventory.text("decisionForm:decisionFields")).contains("Give the reason for the decision.");
            inventory.type("decisionForm:decisionReason", "RLR-240 set aside as the substitute");
            inventory.type("decisionForm:customerText", "if RLR-230 runs out, you get our 240 mm roller instead");
            inventory.screenshot("special-request-decision");
            inventory.click("decisionForm:decide");
            await().atMost(Duration.ofSeconds(10))
                    .until(() ->
                            !inventory.text("requestQueueForm:requestQueue").contains(orderNumber));
            inventory.assertNoJavaScriptErrors();
        }

        new OrderPage(sales, orderNumber).confirmBy("Email").awaitStatus("Confirmed");
        assertThat(sales.text("requestsForm:specialRequests"))
                .contains("Accepted", "RLR-240 set aside as the substitute");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Mailbox.about(orderNumber).size() == 1);
        assertThat(Mailbox.text(Mailbox.about(orderNumber).get(0)))
                .as("the customer gets the text written for them, not the team's reason")
                .contains("Special requests: - Substitution: Any 230 mm roller"
                        + " will do if RLR-230 runs out — if RLR-230 runs out, you get our 240 mm roller instead")
                .doesNotContain("set aside");

        try (Browser fulfillment = Browser.open(SharedOrdertrail.baseUri())) {
            FulfillmentTasksPage tasks =
                    new FulfillmentTasksPage(fulfillment.signInAs("fulfillment")).awaitTask(orderNumber);
            assertThat(tasks.rowOf(orderNumber).getText())
                    .contains(
                            "Substitution: Any 230 mm roller will do", "accepted: RLR-240 set aside as the substitute");
            fulfillment.screenshot("fulfillment-task-with-special-request");
        }
        sales.assertNoJavaScriptErrors();
    }
}
