package io.ordertrail.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ordertrail.fulfillment.FulfillmentTasksPage;
import io.ordertrail.orders.NewOrderPage;
import io.ordertrail.orders.OrderPage;
import io.ordertrail.testsupport.Browser;
import io.ordertrail.testsupport.OnlinePlatform;
import io.ordertrail.testsupport.PagesOnly;
import io.ordertrail.testsupport.SharedOrdertrail;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The pages at the sizes staff use them: a laptop's 1366 px, where the menu keeps to one line and the long order page
 * keeps its sections and actions in reach, and a phone's 390 px, where nothing is wider than the screen, the menu folds
 * behind a button, and an order can be taken and dispatched.
 */
@Order(4)
@Tag(PagesOnly.TAG)
class PageLayoutInBrowserIT {

    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    @ParameterizedTest
    @ValueSource(strings = {"sales", "inventory", "fulfillment", "manager", "admin"})
    void onAPhoneEveryPageOfTheMenuFitsTheScreenAndTheMenuFoldsBehindItsButton(String user) throws Exception {
        try (Browser browser = Browser.open(SharedOrdertrail.baseUri())) {
            browser.resize(PHONE_WIDTH, PHONE_HEIGHT).signInAs(user);
            long width = (Long) browser.script("return window.innerWidth");
            assertThat(width).as("the window is a phone's").isLessThanOrEqualTo(PHONE_WIDTH);

            List<WebElement> links = browser.all(By.cssSelector("[id='menuForm'] a[href$='.xhtml']"));
            assertThat(links.stream().skip(1).filter(WebElement::isDisplayed))
                    .as("the menu is folded away")
                    .isEmpty();
            browser.click("menuToggle");
            assertThat(browser.byId("menuToggle").getAttribute("aria-expanded")).isEqualTo("true");
            assertThat(links.stream().filter(WebElement::isDisplayed))
                    .as("every page of the menu is shown once it is opened")
                    .hasSameSizeAs(links);
            browser.screenshot("phone-menu-" + user);

            List<String> pages =
                    links.stream().map(a -> a.getAttribute("href")).distinct().toList();
            List<String> tooWide = new ArrayList<>();
            for (String page : pages) {
                browser.go(page.substring(page.indexOf("/", "http://".length())));
                long pageWidth = (Long) browser.script("return document.documentElement.scrollWidth");
                if (pageWidth > width) {
                    tooWide.add(page + " is " + pageWidth + " px wide");
                }
            }
            assertThat(tooWide).as("pages wider than the phone").isEmpty();
            browser.assertNoJavaScriptErrors();
        }
    }

    @Test
    void onAPhoneSalesTakesAnOrderAndFulfillmentFindsPicksPacksAndDispatchesIt() throws Exception {
        String orderNumber;
        try (Browser sales = Browser.open(SharedOrdertrail.baseUri())) {
            sales.resize(PHONE_WIDTH, PHONE_HEIGHT).signInAs("sales");
            NewOrderPage page =
                    new NewOrderPage(sales).customer("Acme", "C-1002").line(0, "PNT-WHT", "PNT-WHT-10", 2);
            assertThat((Long) sales.script("return document.documentElement.scrollWidth"))
                    .isLessThanOrEqualTo(PHONE_WIDTH);
            assertThat((Long) sales.script(
                            "return Math.round(document.querySelector(\"[id='orderForm:lines:0:product']\")"
                                    + ".getBoundingClientRect().width)"))
                    .as("the product menu has room on the phone")
                    .isGreaterThan(200L);
            sales.screenshot("phone-new-order");
            orderNumber = page.record();
            sales.screenshot("phone-order");
            new OrderPage(sales, orderNumber).confirmBy("Call").awaitStatus("Confirmed");
        }
        try (Browser fulfillment = Browser.open(SharedOrdertrail.baseUri())) {
            fulfillment.resize(PHONE_WIDTH, PHONE_HEIGHT).signInAs("fulfillment");
            FulfillmentTasksPage tasks = new FulfillmentTasksPage(fulfillment).awaitTask(orderNumber);
            fulfillment.type("tasksForm:search", orderNumber);
            await("only the order searched for is listed")
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> fulfillment
                                            .all(By.cssSelector("[id='tasksForm:tasks_data'] > tr"))
                                            .size()
                                    == 1
                            && fulfillment.text("tasksForm:tasks_data").contains(orderNumber));
            // read in one script: the list is polled every 3 s, and a row read in two steps may be replaced between
            @SuppressWarnings("unchecked")
            List<Long> pick = (List<Long>) fulfillment.script("var row = Array.from(document.querySelectorAll("
                    + "\"[id='tasksForm:tasks_data'] > tr\")).find(function (tr) { return tr.textContent.indexOf('"
                    + orderNumber + "') >= 0; }); var r = row.querySelector('button').getBoundingClientRect();"
                    + " return [Math.round(r.height), Math.round(r.width)];");
            assertThat(pick.get(0)).as("a button a thumb can hit").isGreaterThanOrEqualTo(44L);
            assertThat(pick.get(1)).isGreaterThanOrEqualTo(200L);
            fulfillment.screenshot("phone-fulfillment-task");

            tasks.dispatch(orderNumber, "DHL", "JD0146000123");
            fulfillment.screenshot("phone-fulfillment-dispatched");
            fulfillment.assertNoJavaScriptErrors();
        }
    }

    @Test
    void fulfillmentTasksAreOldestFirstAndTheNewestFirstWhenChosen() throws Exception {
        String older = OnlinePlatform.recordedOrder();
        String newer = OnlinePlatform.recordedOrder();
        try (Browser sales = Browser.open(SharedOrdertrail.baseUri())) {
            sales.signInAs("sales");
            new OrderPage(sales, older).confirmBy("Call").awaitStatus("Confirmed");
            new OrderPage(sales, newer).confirmBy("Call").awaitStatus("Confirmed");
        }
        try (Browser fulfillment = Browser.open(SharedOrdertrail.baseUri())) {
            fulfillment.signInAs("fulfillment");
            new FulfillmentTasksPage(fulfillment);
            List<String> oldestFirst = receivedColumn(fulfillment);
            assertThat(oldestFirst).isNotEmpty().isSorted();

            fulfillment
                    .byId("tasksForm:order")
                    .findElement(By.xpath(".//*[text()='Newest first']"))
                    .click();

            await("newest first, the two new ones at the top")
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> {
                        String rows = fulfillment.text("tasksForm:tasks_data");
                        return rows.contains(newer)
                                && rows.contains(older)
                                && rows.indexOf(newer) < rows.indexOf(older);
                    });
            List<String> newestFirst = new ArrayList<>(receivedColumn(fulfillment));
            java.util.Collections.reverse(newestFirst);
            assertThat(newestFirst).isSorted();
        }
    }

    /** The task list's Received column, top to bottom (yyyy-MM-dd HH:mm:ss, so text order is time order). */
    private static List<String> receivedColumn(Browser browser) {
        int column = browser.byId("tasksForm:tasks").findElements(By.cssSelector("thead th")).stream()
                        .map(WebElement::getText)
                        .toList()
                        .indexOf("Received")
                + 1;
        return browser.all(By.cssSelector("[id='tasksForm:tasks_data'] > tr > td:nth-child(" + column + ")")).stream()
                .map(td -> td.getText().trim())
                .toList();
    }

    @Test
    void onALaptopTheManagersAndTheAdminsMenusKeepToOneLine() throws Exception {
        for (String user : List.of("manager", "admin")) {
            try (Browser browser = Browser.open(SharedOrdertrail.baseUri())) {
                browser.resize(1366, 768).signInAs(user);
                Object lines = browser.script("var tops = new Set();"
                        + " document.querySelectorAll(\"[id='menuForm:menu'] > ul > li\").forEach(function (li) {"
                        + " tops.add(Math.round(li.getBoundingClientRect().top)); }); return tops.size;");
                assertThat(lines).as(user + "'s menu lines").isEqualTo(1L);
                browser.screenshot("menu-1366-" + user);
            }
        }
    }

    @Test
    void theLongOrderPageKeepsItsNumberSectionsAndActionsInViewWhileItScrolls() throws Exception {
        String orderNumber = OnlinePlatform.recordedOrder();
        try (Browser sales = Browser.open(SharedOrdertrail.baseUri())) {
            sales.resize(1366, 768).signInAs("sales");
            new OrderPage(sales, orderNumber);

            sales.byId("sections").findElement(By.linkText("Timeline")).click();

            await("the timeline is scrolled into view")
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> inView(sales, "timelineHeading"));
            assertThat((Long) sales.script("return Math.round(window.scrollY)")).isPositive();
            assertThat(inView(sales, "amend"))
                    .as("the amend button stays in view")
                    .isTrue();
            assertThat(inView(sales, "orderNumber")).as("and the order number").isTrue();
            sales.screenshot("order-page-scrolled-to-timeline");
        }
    }

    /** Whether the element is wholly within the window and not hidden under the page's sticky bar. */
    private static boolean inView(Browser browser, String id) {
        return Boolean.TRUE.equals(
                browser.script("var r = document.getElementById('" + id + "').getBoundingClientRect();"
                        + " return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;"));
    }
}
