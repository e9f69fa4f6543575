package io.ordertrail.communication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ordertrail.testsupport.Browser;
import io.ordertrail.testsupport.ItEnvironment;
import io.ordertrail.testsupport.Mailbox;
import io.ordertrail.testsupport.OnlinePlatform;
import io.ordertrail.testsupport.SharedOrdertrail;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;

/**
 * SOP step 4 as staff and customers do it: confirming an order by email (with its PDF, through the real SMTP
 * server, surviving the server being down), by text message through the gateway, by a recorded call, and the
 * customer's acknowledgement through the signed link.
 */
@Order(4)
class ConfirmOrdersInBrowserIT {

    private static final Pattern LINK = Pattern.compile("(http://\\S+/confirmation\\.xhtml\\?token=[A-Za-z0-9_.-]+)");
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

    private void confirmOnThePage(String orderNumber, String channelLabel) {
        browser.go("/orders/order.xhtml?number=" + orderNumber);
        browser.byId("confirmForm:channel").findElements(By.tagName("label")).stream()
                .filter(b -> b.getText().equals(channelLabel))
                .findFirst()
                .orElseThrow()
                .click();
        browser.awaitAjax();
        browser.click("confirmForm:confirm");
    }

    @Test
    void anEmailConfirmationCarriesTheSummaryTheEstimatedDateAndAPdfOfIt() throws Exception {
        String orderNumber = OnlinePlatform.recordedOrder();
        browser.signInAs("sales");

        confirmOnThePage(orderNumber, "Email");

        await().atMost(Duration.ofSeconds(30))
                .until(() -> Mailbox.about(orderNumber).size() == 1);
        MimeMessage mail = Mailbox.about(orderNumber).get(0);
        String text = Mailbox.text(mail);
        assertThat(text)
                .contains(
                        "We confirm order " + orderNumber,
                        "2 x RLR-230",
                        "Total to pay: GBP ",
                        "Estimated delivery date: ");
        assertThat(text).doesNotContain("to be confirmed");
        Multipart mixed = (Multipart) mail.getContent();
        BodyPart attachment = mixed.getBodyPart(1);
        assertThat(attachment.getContentType()).startsWith("application/pdf");
        assertThat(attachment.getFileName()).isEqualTo("confirmation-" + orderNumber + ".pdf");
        try (PDDocument pdf = Loader.loadPDF(attachment.getInputStream().readAllBytes())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(orderNumber, "RLR-230");
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(browser.text("status")).isEqualTo("Confirmed");
            assertThat(browser.text("timeline")).contains("Confirmation · Email");
        });
        assertThat(browser.text("confirmedAt")).contains("time to confirm");
        browser.screenshot("order-confirmed-by-email");
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void withTheMailServerDownTheConfirmationWaitsAndIsSentExactlyOnceWhenItReturns() throws Exception {
        String orderNumber = OnlinePlatform.recordedOrder();
        browser.signInAs("sales");
        ItEnvironment.stopMail();
        try {
            confirmOnThePage(orderNumber, "Email");
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(browser.text("confirmForm:communications"))
                            .contains("Pending", "next attempt"));
            assertThat(browser.text("status")).isEqualTo("Recorded");
            browser.screenshot("confirmation-pending-smtp-down");
            browser.go("/orders/confirmations.xhtml");
            assertThat(browser.text("pendingForm:pending")).contains(orderNumber, "Pending", "Connection refused");
            browser.screenshot("confirmations-not-yet-through");
            browser.go("/orders/order.xhtml?number=" + orderNumber);
        } finally {
            ItEnvironment.startMail();
        }

        await().atMost(Duration.ofSeconds(30))
                .until(() -> Mailbox.about(orderNumber).size() == 1);
        await().during(Duration.ofSeconds(5))
                .atMost(Duration.ofSeconds(8))
                .until(() -> Mailbox.about(orderNumber).size() == 1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            browser.go("/orders/order.xhtml?number=" + orderNumber); // as staff would look again
            assertThat(browser.text("status")).isEqualTo("Confirmed");
            assertThat(browser.text("confirmForm:communications"))
                    .contains("Sent")
                    .doesNotContain("Pending");
        });
    }

    @Test
    void aMessageConfirmationIsDeliveredToTheMessagingGateway() throws Exception {
        String orderNumber = OnlinePlatform.recordedOrder();
        browser.signInAs("sales");

        confirmOnThePage(orderNumber, "Message (SMS)");

        await().atMost(Duration.ofSeconds(30))
                .until(() -> ItEnvironment.messages().received().stream().anyMatch(m -> m.contains(orderNumber)));
        JsonObject message = Json.createReader(new StringReader(ItEnvironment.messages().received().stream()
                        .filter(m -> m.contains(orderNumber))
                        .findFirst()
                        .orElseThrow()))
                .readObject();
        assertThat(message.getString("to")).startsWith("+44 7700 900");
        assertThat(message.getString("text"))
                .startsWith("Order " + orderNumber + " confirmed")
                .contains("total");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(browser.text("status")).isEqualTo("Confirmed"));
    }

    @Test
    void aCallConfirmationIsRecordedFromTheScriptAndShownOnTheTimeline() throws Exception {
        String orderNumber = OnlinePlatform.recordedOrder();
        browser.signInAs("sales").go("/orders/order.xhtml?number=" + orderNumber);
        browser.byId("confirmForm:channel").findElements(By.tagName("label")).stream()
                .filter(b -> b.getText().equals("Call"))
                .findFirst()
                .orElseThrow()
                .click();
        browser.awaitAjax();
        assertThat(browser.text("callScript")).contains("your order " + orderNumber, "RLR-230");

        browser.click("confirmForm:confirm");
        assertThat(browser.text("confirmForm"))
                .as("nothing recorded without the person")
                .contains("Enter who you spoke to.");
        assertThat(browser.text("status")).isEqualTo("Recorded");
        browser.type("confirmForm:spokeTo", "Eva Ek (buyer)");
        browser.click("confirmForm:confirm");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(browser.text("timeline")).contains("Confirmation · Call", "Spoke to Eva Ek (buyer)");
            assertThat(browser.text("status")).isEqualTo("Confirmed");
        });
        browser.screenshot("order-confirmed-by-call");
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void theCustomersGenuineLinkRecordsTheAcknowledgementAndATamperedOneIsRefused() throws Exception {
        String orderNumber = OnlinePlatform.recordedOrder();
        browser.signInAs("sales");
        confirmOnThePage(orderNumber, "Email");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Mailbox.about(orderNumber).size() == 1);
        Matcher link = LINK.matcher(Mailbox.text(Mailbox.about(orderNumber).get(0)));
        assertThat(link.find()).as("the email carries the acknowledgement link").isTrue();
        String genuine = link.group(1);
        String token = genuine.substring(genuine.indexOf("token=") + 6);
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        String altered = Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(
                                payload.replaceFirst("\\|\\d+$", "|4102444800").getBytes(StandardCharsets.UTF_8))
                + "." + parts[1];

        try (Browser customer = Browser.open(SharedOrdertrail.baseUri())) {
            customer.go("/confirmation.xhtml?token=" + altered);
            assertThat(customer.text("refusal")).contains("has been changed or was not issued by us");
            assertThat(customer.all(By.id("ackForm:acknowledge"))).isEmpty();
            customer.screenshot("acknowledgement-refused");

            customer.go("/confirmation.xhtml?token=" + token.substring(0, token.length() - 3) + "abc");
            assertThat(customer.text("refusal")).contains("not valid");

            // the link refused twice recorded nothing
            browser.go("/orders/order.xhtml?number=" + orderNumber);
            assertThat(browser.text("timeline")).doesNotContain("Acknowledged by the customer");

            customer.go(
                    URI.create(genuine).getRawPath() + "?" + URI.create(genuine).getRawQuery());
            assertThat(customer.text("content")).contains(orderNumber);
            customer.click("ackForm:acknowledge");
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(customer.text("ackForm:acknowledged"))
                            .contains("you acknowledged this confirmation"));
            customer.screenshot("acknowledgement-recorded");
            customer.assertNoJavaScriptErrors();
        }

        browser.go("/orders/order.xhtml?number=" + orderNumber);
        assertThat(browser.text("timeline")).contains("Acknowledged by the customer");
        assertThat(browser.text("confirmForm:communications")).contains("Acknowledged");
    }
}
