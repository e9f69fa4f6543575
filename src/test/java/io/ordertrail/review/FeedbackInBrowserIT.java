package io.ordertrail.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ordertrail.fulfillment.FulfillmentTasksPage;
import io.ordertrail.orders.OrderPage;
import io.ordertrail.testsupport.Browser;
import io.ordertrail.testsupport.Mailbox;
import io.ordertrail.testsupport.OnlinePlatform;
import io.ordertrail.testsupport.SharedOrdertrail;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Feedback for the review (issue 17): a customer rates an order through the link in the confirmation email, once;
 * a member of staff suggests an improvement from the page they are on; the manager's review shows both.
 */
@Order(4)
class FeedbackInBrowserIT {

    private static final Pattern LINK = Pattern.compile("(http://\\S+/confirmation\\.xhtml\\?token=[A-Za-z0-9_.-]+)");

    @Test
    void aCustomerRatesAnOrderThroughTheLinkInTheConfirmationEmailOnceAndTheRatingIsInTheReview() throws Exception {
        String orderNumber = OnlinePlatform.recordedOrder();
        String comment = "Quick and friendly on the phone " + UUID.randomUUID();
        try (Browser sales = Browser.open(SharedOrdertrail.baseUri());
                Browser customer = Browser.open(SharedOrdertrail.baseUri())) {
            sales.signInAs("sales");
            new OrderPage(sales, orderNumber).confirmBy("Email");
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> Mailbox.about(orderNumber).size() == 1);
            Matcher link = LINK.matcher(Mailbox.text(Mailbox.about(orderNumber).get(0)));
            assertThat(link.find()).as("the email carries the link").isTrue();
            URI genuine = URI.create(link.group(1));

            customer.go(genuine.getRawPath() + "?" + genuine.getRawQuery());
            customer.click("feedbackForm:rate");
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(customer.text("feedbackForm"))
                            .contains("Choose a rating from 1 (poor) to 5 (excellent)."));
            customer.all(By.xpath("//*[@id='feedbackForm:rating']//*[normalize-space()='4']"))
                    .get(0)
                    .click();
            customer.type("feedbackForm:comment", comment).click("feedbackForm:rate");
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(customer.text("feedbackForm:thanks"))
                            .contains("Thank you for your rating of 4 out of 5 and your comment"));
            customer.screenshot("customer-rating");
            customer.assertNoJavaScriptErrors();

            customer.go(genuine.getRawPath() + "?" + genuine.getRawQuery());
            assertThat(customer.all(By.id("feedbackForm:rate")))
                    .as("once per order version")
                    .isEmpty();
            assertThat(customer.text("feedbackForm:thanks")).contains("4 out of 5");
        }
        try (Browser manager = Browser.open(SharedOrdertrail.baseUri())) {
            manager.signInAs("manager").go("/review/dashboard.xhtml?period=MONTH&day=" + LocalDate.now(ZoneOffset.UTC));
            assertThat(manager.text("ratings")).contains(orderNumber, "4 of 5", comment);
            assertThat(manager.text("ratingSummary")).containsPattern("Customers’ ratings: [1-9]");
        }
    }

    @Test
    void theDispatchNoticeTellsTheCarrierAndTrackingAndItsLinkTakesTheCustomersRating() throws Exception {
        String orderNumber = OnlinePlatform.recordedOrder();
        String comment = "Arrived the next morning, well packed " + UUID.randomUUID();
        try (Browser sales = Browser.open(SharedOrdertrail.baseUri());
                Browser fulfillment = Browser.open(SharedOrdertrail.baseUri());
                Browser customer = Browser.open(SharedOrdertrail.baseUri())) {
            new OrderPage(sales.signInAs("sales"), orderNumber)
                    .confirmBy("Call")
                    .awaitStatus("Confirmed");
            new FulfillmentTasksPage(fulfillment.signInAs("fulfillment"))
                    .awaitTask(orderNumber)
                    .dispatch(orderNumber, "DHL", "JD0146000777");

            MimeMessage notice = await().atMost(Duration.ofSeconds(30))
                    .until(
                            () -> Mailbox.about(orderNumber).stream()
                                    .filter(m -> subject(m).equals("Order " + orderNumber + " is on its way"))
                                    .findFirst()
                                    .orElse(null),
                            m -> m != null);
            String text = Mailbox.text(notice);
            assertThat(text).contains("has left our warehouse with DHL, tracking reference JD0146000777");
            Matcher link = LINK.matcher(text);
            assertThat(link.find()).as("the notice carries the rating link").isTrue();
            URI genuine = URI.create(link.group(1));

            customer.go(genuine.getRawPath() + "?" + genuine.getRawQuery());
            assertThat(customer.text("subject")).isEqualTo("Order " + orderNumber + " is on its way");
            assertThat(customer.text("content")).contains("JD0146000777").doesNotContain("How did we do?");
            assertThat(customer.all(By.id("ackForm:acknowledge")))
                    .as("a notice asks for a rating, not an acknowledgement")
                    .isEmpty();
            customer.all(By.xpath("//*[@id='feedbackForm:rating']//*[normalize-space()='5']"))
                    .get(0)
                    .click();
            customer.type("feedbackForm:comment", comment).click("feedbackForm:rate");
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(customer.text("feedbackForm:thanks"))
                            .contains("Thank you for your rating of 5 out of 5 and your comment"));
            customer.assertNoJavaScriptErrors();

            new OrderPage(sales, orderNumber);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> sales.text("timeline").contains("Dispatch notice"));
        }
        try (Browser manager = Browser.open(SharedOrdertrail.baseUri())) {
            manager.signInAs("manager").go("/review/dashboard.xhtml?period=MONTH&day=" + LocalDate.now(ZoneOffset.UTC));
            assertThat(manager.text("ratings")).contains(orderNumber, "5 of 5", comment);
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aMemberOfStaffSuggestsAnImprovementFromAnOrdersPageAndTheManagerSeesItWithTheOrder() throws Exception {
        String orderNumber = OnlinePlatform.recordedOrder();
        String suggestion = "Ask for the buyer's direct line on every phone order " + UUID.randomUUID();
        try (Browser sales = Browser.open(SharedOrdertrail.baseUri())) {
            sales.signInAs("sales");
            new OrderPage(sales, orderNumber);
            sales.click("menuForm:suggest");
            sales.visible("suggestForm:suggestion");
            sales.click("suggestForm:sendSuggestion");
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(sales.text("suggestForm:suggestFields"))
                            .contains("Write your suggestion: what should we do differently?"));
            sales.type("suggestForm:suggestion", suggestion).click("suggestForm:sendSuggestion");
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> !sales.all(By.cssSelector(".ui-growl-message")).isEmpty());
            assertThat(sales.all(By.cssSelector(".ui-growl-message")).get(0).getText())
                    .contains("Thank you: your suggestion goes to the manager’s next review.");
            sales.assertNoJavaScriptErrors();
        }
        try (Browser manager = Browser.open(SharedOrdertrail.baseUri())) {
            manager.signInAs("manager").go("/review/dashboard.xhtml?period=MONTH&day=" + LocalDate.now(ZoneOffset.UTC));
            assertThat(manager.text("suggestions")).contains(suggestion, "sales", orderNumber);
        }
    }
}
