package io.ordertrail.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordertrail.testsupport.Axe;
import io.ordertrail.testsupport.Browser;
import io.ordertrail.testsupport.OnlinePlatform;
import io.ordertrail.testsupport.PagesOnly;
import io.ordertrail.testsupport.SharedOrdertrail;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * axe-core's WCAG 2.2 A and AA rules on every page each role reaches from its menu, and on the pages of one order and
 * one customer: no serious or critical violation anywhere.
 */
@Order(4)
@Tag(PagesOnly.TAG)
class AccessibilityInBrowserIT {

    @ParameterizedTest
    @ValueSource(strings = {"sales", "inventory", "fulfillment", "manager", "admin"})
    void everyPageOfTheRoleHasNoSeriousOrCriticalViolation(String user) throws Exception {
        String orderNumber = OnlinePlatform.recordedOrder();
        try (Browser browser = Browser.open(SharedOrdertrail.baseUri())) {
            browser.signInAs(user);
            List<String> pages =
                    new ArrayList<>(browser.all(By.cssSelector("[id='menuForm'] a[href$='.xhtml']")).stream()
                            .map((WebElement a) -> a.getAttribute("href"))
                            .map(href -> href.substring(href.indexOf('/', "http://".length())))
                            .distinct()
                            .toList());
            if (user.equals("sales") || user.equals("manager")) {
                pages.addAll(Stream.of(
                                "/orders/order.xhtml?number=" + orderNumber,
                                "/orders/amend.xhtml?number=" + orderNumber,
                                "/orders/search.xhtml?q=roller",
                                "/customers/customer.xhtml?number=C-1002")
                        .toList());
            }
            assertThat(pages).hasSizeGreaterThan(3);

            List<String> violations = new ArrayList<>();
            for (String page : pages) {
                browser.go(page);
                Axe.seriousViolations(browser).forEach(v -> violations.add(page + " " + v));
            }
            assertThat(violations)
                    .as("serious and critical violations on %s's pages", user)
                    .isEmpty();
        }
    }

    @Test
    void theFirstTabReachesTheSkipLinkWhichTakesTheKeyboardPastTheMenuToTheContent() throws Exception {
        try (Browser browser = Browser.open(SharedOrdertrail.baseUri())) {
            browser.signInAs("sales").go("/orders/list.xhtml");
            browser.byId("content"); // the page has its content landmark
            browser.script("document.activeElement.blur();");
            browser.pressKeys(org.openqa.selenium.Keys.TAB);
            assertThat(browser.script("return document.activeElement.textContent.trim()"))
                    .isEqualTo("Skip to the page’s content");
            browser.pressKeys(org.openqa.selenium.Keys.ENTER);
            assertThat(browser.script("return document.activeElement.id")).isEqualTo("content");
            assertThat(browser.script("return document.querySelectorAll('header, nav, main').length"))
                    .as("banner, navigation and main landmarks")
                    .isEqualTo(3L);
        }
    }

    @Test
    void aDialogIsWorkedFromTheKeyboardHasNoViolationAndGivesTheFocusBackWhenClosed() throws Exception {
        try (Browser browser = Browser.open(SharedOrdertrail.baseUri())) {
            browser.signInAs("sales").go("/orders/list.xhtml");
            browser.script("document.getElementById('menuForm:suggest').focus();");
            browser.pressKeys(org.openqa.selenium.Keys.ENTER);
            browser.visible("suggestForm:suggestDialog");
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(5))
                    .until(() -> "suggestForm:suggestion".equals(browser.script("return document.activeElement.id")));
            assertThat(Axe.seriousViolations(browser))
                    .as("the page with the dialog open")
                    .isEmpty();

            browser.pressKeys(org.openqa.selenium.Keys.ESCAPE);
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(5))
                    .untilAsserted(() -> assertThat(browser.script("return document.activeElement.id"))
                            .as("the focus is back on the button that opened the dialog")
                            .isEqualTo("menuForm:suggest"));
        }
    }

    @Test
    void theSignInPageHasNoSeriousOrCriticalViolation() throws Exception {
        try (Browser browser = Browser.open(SharedOrdertrail.baseUri())) {
            browser.go("/");
            assertThat(browser.currentUrl()).contains("login");
            assertThat(Axe.seriousViolations(browser)).isEmpty();
        }
    }
}
