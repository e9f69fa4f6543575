package io.ordertrail.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

import io.ordertrail.testsupport.Browser;
import io.ordertrail.testsupport.SharedOrdertrail;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * SOP steps 1 to 3 as sales and customer-service staff do them all day: a phone order for a new customer, an email
 * order with its source email, and a flagged order that needs a second person.
 */
@Order(3)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TakeOrdersInBrowserIT {

    private static String newCustomersOrder;
    private static String newCustomersName;
    private static String flaggedOrder;
    private Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.open(SharedOrdertrail.baseUri());
    }

    @AfterEach
    void closeBrowser(TestInfo test) throws Exception {
        browser.screenshot("last-" + test.getTestMethod().orElseThrow().getName());
        browser.close();
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    @Order(1)
    void aPhoneOrderForANewCustomerGetsAnOrderNumberAndAnEstimatedDate() throws Exception {
        browser.signInAs("sales");
        String name = unique("Nya Bygg AB");
        newCustomersName = name;
        NewOrderPage page = new NewOrderPage(browser)
                .newCustomer(name, "inköp@nyabygg.se", "+46 23 123 456", "Storgatan 1, 791 71 Falun");
        assertThat(page.deliveryAddress())
                .as("the new customer's address is proposed")
                .isEqualTo("Storgatan 1, 791 71 Falun");
        page.line(0, "PNT-WHT", "PNT-WHT-10", 2).instructions("Ring <script>alert('x')</script> at the gate");

        String review = page.review();
        assertThat(review).contains(name, "PNT-WHT-10", "Estimated date").doesNotContain("Flagged");
        browser.screenshot("new-order-review");
        browser.byId("orderForm:record").click();
        await().atMost(Duration.ofSeconds(20)).until(() -> browser.currentUrl().contains("/orders/order.xhtml"));

        newCustomersOrder = browser.text("orderNumber");
        assertThat(newCustomersOrder).matches("ORD-\\d{4}-\\d{6}");
        assertThat(browser.text("status")).isEqualTo("Recorded");
        assertThat(browser.text("customer")).contains(name).matches("C-\\d+ · .*");
        assertThat(browser.text("estimatedDate")).matches("\\w{3} \\d{1,2} \\w{3} \\d{4}");
        assertThat(browser.text("estimateExplanation")).startsWith("in stock;").contains("working day");
        assertThat(browser.text("instructions"))
                .as("typed markup is shown as text, never run")
                .isEqualTo("Ring <script>alert('x')</script> at the gate");
        assertThat(browser.text("timeline")).contains("Received", "Verified", "Recorded");
        browser.screenshot("order-for-new-customer");
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void instructionsLongerThanTheFieldHoldsAreCountedAndRefusedNextToItNeverCut() throws Exception {
        browser.signInAs("sales");
        String tooLong =
                "Leave it at the loading bay behind the red door. ".repeat(25).strip(); // 1,224 characters
        NewOrderPage page = new NewOrderPage(browser)
                .customer("Acme", "C-1002")
                .line(0, "PNT-WHT", "PNT-WHT-10", 1)
                .instructions(tooLong);

        assertThat(browser.byId("orderForm:instructions").getAttribute("value"))
                .as("nothing is cut")
                .isEqualTo(tooLong);
        assertThat(browser.text("orderForm:instructionsCount")).isEqualTo("1,224 of 1,000 characters: shorten by 224");

        browser.byId("orderForm:instructions").sendKeys(Keys.chord(Keys.CONTROL, Keys.RETURN));
        browser.awaitAjax();
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(browser.text("orderForm"))
                        .contains("The instructions text is 1224 characters long; shorten it to at most 1000."));
        assertThat(browser.byId("orderForm:instructions").getAttribute("value"))
                .as("kept for the user to shorten")
                .isEqualTo(tooLong);
        assertThat(browser.text("orderForm:instructionsCount")).isEqualTo("1,224 of 1,000 characters: shorten by 224");
        browser.screenshot("instructions-too-long");

        page.instructions("x".repeat(990));
        assertThat(browser.text("orderForm:instructionsCount")).isEqualTo("990 of 1,000 characters");
        assertThat(page.review())
                .as("Ctrl+Enter still asks for the double-check")
                .contains("PNT-WHT-10");
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void everyFieldOfAnOrderLineAndTheDeliveryAddressHasALabelForScreenReaders() throws Exception {
        browser.signInAs("sales");
        new NewOrderPage(browser).customer("Acme", "C-1002");

        for (String id : List.of(
                "orderForm:lines:0:quantity_input",
                "orderForm:lines:0:agreedPrice_input",
                "orderForm:lines:0:priceReason",
                "orderForm:deliveryAddress")) {
            Object label = browser.script("var field = document.getElementById('" + id + "');"
                    + " return field && field.labels.length ? field.labels[0].textContent.trim() : '';");
            assertThat(label).as("the label of " + id).asString().isNotBlank();
        }
    }

    @Test
    void theProductMenusWithTheirArrowsStayInsideTheirColumn() throws Exception {
        browser.signInAs("sales");
        new NewOrderPage(browser).customer("Acme", "C-1002").line(0, "PNT-WHT", "PNT-WHT-10", 1);
        browser.byId("orderForm:addLine").sendKeys(Keys.RETURN); // from the keyboard, as on a phone order
        browser.awaitAjax();

        await("the new line's product has the focus")
                .atMost(Duration.ofSeconds(5))
                .until(() -> browser.script("return document.activeElement.id"), is("orderForm:lines:1:product_label"));

        assertThat(browser.script("return Array.from(document.querySelectorAll('.ot-lines .ui-selectonemenu'))"
                        + ".filter(function (menu) { return menu.getBoundingClientRect().right"
                        + " > menu.closest('td').getBoundingClientRect().right + 1; }).length"))
                .isEqualTo(0L);
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void aNewCustomerWithAMalformedEmailAndPhoneIsRefusedAtTheFields() throws Exception {
        browser.signInAs("sales");
        new NewOrderPage(browser).newCustomer(unique("Bad Contact AB"), "not-an-email", "call me", "");

        assertThat(browser.byId("customerForm:newCustomerDialog").isDisplayed())
                .as("the dialog stays open")
                .isTrue();
        assertThat(browser.text("customerForm:newCustomerDialog"))
                .contains("“not-an-email” is not an email address", "“call me” is not a phone number");
        browser.screenshot("new-customer-refused");
    }

    @Test
    void anEmailOrderKeepsThePastedEmailVisibleOnTheOrder() throws Exception {
        browser.signInAs("sales");
        String email =
                "From: Per Olsson <per@brightside.example>\nSubject: Order 3 brush sets\n\nHi, please send 3 brush sets.";
        NewOrderPage page = new NewOrderPage(browser)
                .channel("Email")
                .sourceEmail(email)
                .customer("Bright", "C-1003")
                .line(0, "Brush", "BRS-SET-03", 3);

        String orderNumber = page.record();

        assertThat(orderNumber).matches("ORD-\\d{4}-\\d{6}");
        assertThat(browser.text("sourceEmail")).isEqualTo(email);
        assertThat(browser.text("timeline")).contains("Received by email");
        browser.screenshot("email-order-with-source");
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void anAttachedEmailFileIsTakenAsTheSourceEmailAndKeptWithTheOrder(@TempDir Path files) throws Exception {
        browser.signInAs("sales");
        Path eml = files.resolve("order.eml");
        Files.writeString(eml, "From: buyer@nyabygg.se\r\nSubject: Beställning\r\n\r\nTvå penslar, tack.\r\n");
        new NewOrderPage(browser).channel("Email");

        browser.byId("orderForm:sourceEmailFile_input")
                .sendKeys(eml.toAbsolutePath().toString());

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(browser.byId("orderForm:sourceEmail").getAttribute("value"))
                                .contains("Subject: Beställning", "Två penslar, tack."));

        NewOrderPage page =
                new NewOrderPage(browser, false).customer("Nordic", "C-1004").line(0, "Brush", "BRS-SET-03", 2);
        page.record();
        assertThat(browser.text("attachmentsForm:attachments"))
                .as("the email file itself is kept with the order, not only its text")
                .contains("order.eml")
                .contains("the email the order came in");
        browser.assertNoJavaScriptErrors();
    }

    @Test
    @Order(2)
    void aFlaggedOrderCannotBeApprovedByItsCreatorAndAManagerApprovesIt() throws Exception {
        browser.signInAs("sales");
        NewOrderPage page = new NewOrderPage(browser)
                .customer("Johnssons", "C-1001")
                .line(0, "roller", "RLR-230", 5)
                .agreedPrice(0, "9.90", "Quote Q-2026-117");

        assertThat(page.review()).contains("Flagged", "Agreed price", "Quote Q-2026-117");
        browser.byId("orderForm:record").click();
        await().atMost(Duration.ofSeconds(20)).until(() -> browser.currentUrl().contains("/orders/order.xhtml"));
        String orderNumber = browser.text("orderNumber");
        flaggedOrder = orderNumber;

        assertThat(browser.text("status")).isEqualTo("Awaiting double-check");
        assertThat(browser.text("flags")).contains("Agreed price: RLR-230 at 9.90");
        assertThat(browser.all(By.id("approvalForm:approve")))
                .as("its creator has no approve button")
                .isEmpty();
        assertThat(browser.text("approvalForm:approvalWaiting")).contains("a manager who did not enter this order");
        assertThat(browser.text("handoverForm:inventoryHandover"))
                .as("not handed over while it waits for its double-check, and it says so")
                .isEqualTo("Not handed over yet: it goes to the inventory team once its double-check approves it.");
        browser.screenshot("flagged-order-waiting");

        try (Browser manager = Browser.open(SharedOrdertrail.baseUri())) {
            manager.signInAs("manager").go("/orders/order.xhtml?number=" + orderNumber);
            manager.type("approvalForm:approvalNote", "price confirmed with the quote");
            manager.click("approvalForm:approve");

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                assertThat(manager.text("status")).isEqualTo("Recorded");
                assertThat(manager.text("approved")).contains("manager");
            });
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(manager.text("handoverForm:inventoryHandover"))
                            .startsWith("Received"));
            assertThat(manager.text("timeline"))
                    .contains("Approved after the double-check: price confirmed with the quote");
            manager.screenshot("flagged-order-approved");
            manager.assertNoJavaScriptErrors();
        }
    }

    @Test
    @Order(3)
    void theOrderListFiltersByCustomerStatusAndFlag() throws Exception {
        browser.signInAs("manager").go("/orders/list.xhtml?flag=AGREED_PRICE");
        assertThat(browser.text("ordersForm:orders")).contains(flaggedOrder).doesNotContain(newCustomersOrder);
        assertThat(browser.cutOff("ordersForm:orders", 1))
                .as("order numbers shown whole")
                .isEmpty();

        browser.go("/orders/list.xhtml?status=RECORDED&customer=" + newCustomersName.replace(" ", "%20"));
        assertThat(browser.text("ordersForm:orders"))
                .contains(newCustomersOrder)
                .doesNotContain(flaggedOrder);

        browser.go("/orders/list.xhtml?flag=AGREED_PRICE");
        browser.choose("ordersForm:status", "Awaiting", "Awaiting double-check");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(browser.text("ordersForm:orders"))
                        .as("approved since, so no longer awaiting")
                        .doesNotContain(flaggedOrder));
        browser.choose("ordersForm:status", "Record", "Recorded");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(browser.text("ordersForm:orders")).contains(flaggedOrder));
        browser.screenshot("order-list-filtered");

        browser.type("ordersForm:number", flaggedOrder);
        await("the typed and chosen filters are in the address, to bookmark or share")
                .atMost(Duration.ofSeconds(10))
                .until(() -> browser.currentUrl().contains("number=" + flaggedOrder));
        String address = browser.currentUrl();
        assertThat(address).contains("flag=AGREED_PRICE", "status=RECORDED");
        try (Browser colleague = Browser.open(SharedOrdertrail.baseUri())) {
            colleague.signInAs("manager").go(address.substring(address.indexOf("/orders/")));
            assertThat(colleague.text("ordersForm:orders"))
                    .as("the shared address opens the same filtered list")
                    .contains(flaggedOrder)
                    .isEqualTo(browser.text("ordersForm:orders"));
        }
        browser.assertNoJavaScriptErrors();
    }
}
