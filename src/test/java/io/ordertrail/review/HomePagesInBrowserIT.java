package io.ordertrail.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ordertrail.orders.NewOrderPage;
import io.ordertrail.orders.OrderPage;
import io.ordertrail.testsupport.Browser;
import io.ordertrail.testsupport.OrderListPage;
import io.ordertrail.testsupport.SharedOrdertrail;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;

/**
 * Each role's home page is its work (issue 17): counts that change as colleagues work, without a reload, and that
 * open the order list filtered to exactly the orders counted.
 */
@Order(3)
class HomePagesInBrowserIT {

    private static long count(Browser browser, String id) {
        return Long.parseLong(
                browser.byId(id).findElement(By.className("ot-count-value")).getText());
    }

    @Test
    void salesCountOfOrdersAwaitingConfirmationDropsWhenOneIsConfirmedInAnotherBrowser() throws Exception {
        try (Browser home = Browser.open(SharedOrdertrail.baseUri());
                Browser desk = Browser.open(SharedOrdertrail.baseUri())) {
            desk.signInAs("sales");
            // a customer of its own, so that no other test's orders flag this one for a double-check
            String orderNumber = new NewOrderPage(desk)
                    .newCustomer(
                            "Home page customer " + UUID.randomUUID(),
                            "buyer@example.com",
                            "+44 20 7946 0001",
                            "5 Quay Street, Bristol BS1 4DJ")
                    .line(0, "RLR", "RLR-230", 2)
                    .record();
            desk.go("/orders/list.xhtml?attention=AWAITING_CONFIRMATION&mine=true");
            assertThat(desk.text("ordersForm:orders")).contains(orderNumber);

            home.signInAs("sales").go("/index.xhtml");
            long before = count(home, "sales-awaitingConfirmation");
            assertThat(before).isPositive();
            home.script("window.stillTheSamePage = true;");
            home.screenshot("home-sales");

            new OrderPage(desk, orderNumber).confirmBy("Call").awaitStatus("Confirmed");

            await().atMost(Duration.ofSeconds(30))
                    .ignoreException(StaleElementReferenceException.class)
                    .until(() -> count(home, "sales-awaitingConfirmation") < before);
            assertThat(home.script("return window.stillTheSamePage === true;"))
                    .as("the count changed on the open page, not by reloading it")
                    .isEqualTo(true);
            home.assertNoJavaScriptErrors();

            home.byId("sales-awaitingConfirmation").click();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> home.currentUrl().contains("attention=AWAITING_CONFIRMATION"));
            assertThat(home.text("ordersForm:orders")).doesNotContain(orderNumber);
        }
    }

    @Test
    void theManagersCountsOpenTheOrderListFilteredToExactlyThoseOrders() throws Exception {
        try (Browser manager = Browser.open(SharedOrdertrail.baseUri())) {
            manager.signInAs("manager").go("/index.xhtml");
            assertThat(manager.text("homeForm:work"))
                    .contains("The order desk", "Stuck longer than expected", "Inventory team", "Fulfillment team")
                    .contains("Double-checks waiting", "Escalated special requests", "Recorded for over 4 h");
            manager.screenshot("home-manager");

            long approvals = count(manager, "desk-approvals");
            manager.byId("desk-approvals").click();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> manager.currentUrl().contains("status=AWAITING_APPROVAL"));
            assertThat(OrderListPage.total(manager)).isEqualTo(approvals);

            manager.go("/index.xhtml");
            long stuck = count(manager, "stuck-stuckRECORDED");
            manager.byId("stuck-stuckRECORDED").click();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> manager.currentUrl().contains("stuckHours=4"));
            assertThat(manager.byId("ordersForm:stuckHours_input").getAttribute("value"))
                    .isEqualTo("4");
            assertThat(OrderListPage.total(manager)).isEqualTo(stuck);
            manager.assertNoJavaScriptErrors();
        }
    }

    @Test
    void theAdministratorSeesWhatKeepsTheSystemRunning() throws Exception {
        try (Browser admin = Browser.open(SharedOrdertrail.baseUri())) {
            admin.signInAs("admin").go("/index.xhtml");

            assertThat(admin.text("admin-broker")).contains("Up").contains("Message broker");
            assertThat(admin.text("admin-database")).contains("Up").contains("Database");
            assertThat(admin.text("homeForm:work")).contains("Dead letters", "Locked sign-ins");
            assertThat(admin.text("homeForm:work")).doesNotContain("The order desk");
            admin.screenshot("home-admin");
            admin.assertNoJavaScriptErrors();
        }
    }

    @Test
    void aListNeedingAttentionThatDoesNotExistIsRefusedWithAMessage() throws Exception {
        try (Browser sales = Browser.open(SharedOrdertrail.baseUri())) {
            sales.signInAs("sales").go("/orders/list.xhtml?attention=LOST_IN_THE_POST");

            await().atMost(Duration.ofSeconds(10))
                    .until(() -> !sales.all(By.cssSelector(".ui-growl-message")).isEmpty());
            assertThat(sales.all(By.cssSelector(".ui-growl-message")).get(0).getText())
                    .contains("There is no list of orders needing LOST_IN_THE_POST")
                    .contains("choose one from the Needs attention list");
        }
    }
}
