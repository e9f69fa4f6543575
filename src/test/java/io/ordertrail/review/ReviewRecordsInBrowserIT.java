package io.ordertrail.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ordertrail.testsupport.Browser;
import io.ordertrail.testsupport.SharedOrdertrail;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;

/**
 * Review records (issue 17): the manager records a periodic review with an action for a sales person, who sees it on
 * their home page and marks it done; the change of procedure it decided goes into the SOP revision log.
 */
@Order(4)
class ReviewRecordsInBrowserIT {

    @Test
    void aReviewsActionReachesItsOwnersHomePageIsMarkedDoneAndTheSopRevisionIsLinkedToTheReview() throws Exception {
        String action = "Call back every unconfirmed phone order before noon " + UUID.randomUUID();
        String due = LocalDate.now(ZoneOffset.UTC).plusDays(14).toString();
        try (Browser manager = Browser.open(SharedOrdertrail.baseUri());
                Browser sales = Browser.open(SharedOrdertrail.baseUri())) {
            manager.signInAs("manager").go("/review/reviews.xhtml");
            manager.click("recordForm:record");
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(
                            () -> assertThat(manager.text("recordForm")).contains("Write what the review found."));

            manager.type("recordForm:findings", "Phone orders wait longest for their confirmation.");
            manager.type("recordForm:actions:0:description", action);
            manager.choose("recordForm:actions:0:owner", "sales", "sales");
            manager.type("recordForm:actions:0:due_input", due);
            manager.click("recordForm:record");
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(
                            () -> assertThat(manager.text("pastForm:past")).contains(action, "open"));
            manager.screenshot("review-records");
            manager.assertNoJavaScriptErrors();

            sales.signInAs("sales").go("/index.xhtml");
            assertThat(sales.text("actionsForm:actions")).contains(action);
            sales.all(By.cssSelector("[id='actionsForm:actions_data'] tr")).stream()
                    .filter(row -> row.getText().contains(action))
                    .findFirst()
                    .orElseThrow()
                    .findElement(By.tagName("button"))
                    .click();
            await().atMost(Duration.ofSeconds(10))
                    .ignoreException(StaleElementReferenceException.class)
                    .until(() -> !sales.text("actionsForm").contains(action));

            manager.go("/review/reviews.xhtml");
            assertThat(manager.text("pastForm:past")).contains(action, "done");

            manager.choose(
                    "revisionForm:review",
                    LocalDate.now(ZoneOffset.UTC)
                            .minusMonths(1)
                            .getMonth()
                            .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH),
                    "");
            manager.type("revisionForm:whatChanged", "Step 4: phone orders are confirmed by noon the same day.");
            manager.type("revisionForm:why", "The review found they waited longest.");
            manager.click("revisionForm:revise");
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(manager.text("revisionForm:revisions"))
                            .contains("phone orders are confirmed by noon", "The review found they waited longest."));
        }
    }
}
