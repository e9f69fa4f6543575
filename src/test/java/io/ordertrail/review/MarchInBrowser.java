package io.ordertrail.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ordertrail.testsupport.Browser;
import io.ordertrail.testsupport.OrderListPage;
import java.net.URI;
import java.time.Duration;

/**
 * The review dashboard of March 2031 in a browser, on the orders {@link ReviewFiguresIT} took: run from that class as
 * its client, apart from it because the container that runs the class has no browser.
 */
final class MarchInBrowser {

    private MarchInBrowser() {}

    /**
     * March's charts are drawn, "amendments: our error" opens exactly the one order amended for our error, and
     * "double-checks approved" the one order a manager approved.
     */
    static void drillDownFromAmendmentsForOurError(URI base) throws Exception {
        try (Browser manager = Browser.open(base)) {
            manager.signInAs("manager").go("/review/dashboard.xhtml?period=MONTH&day=2031-03-01");

            assertThat(manager.text("reviewTitle")).isEqualTo("March 2031, set against February 2031");
            for (String chart : new String[] {"volumeChart", "trendChart", "stageChart"}) {
                await("the " + chart + " is drawn")
                        .atMost(Duration.ofSeconds(10))
                        .until(() -> Boolean.TRUE.equals(manager.script("var c = document.querySelector('[id=\"" + chart
                                + "\"] canvas'); return c != null && c.width > 0 && c.height > 0;")));
            }
            assertThat(manager.text("volume-all")).isEqualTo("5");
            assertThat(manager.text("volume-phone")).isEqualTo("3");
            assertThat(manager.text("quality-amendedOUR_ERROR")).contains("(1 order)");
            manager.screenshot("review-dashboard-march-2031");
            manager.assertNoJavaScriptErrors();

            manager.byId("quality-amendedOUR_ERROR").click();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> manager.currentUrl().contains("amended=OUR_ERROR"));
            assertThat(manager.currentUrl()).contains("from=2031-03-01", "to=2031-03-31");
            assertThat(OrderListPage.total(manager))
                    .as("exactly the orders behind the figure")
                    .isEqualTo(1);
            assertThat(manager.text("ordersForm:orders")).contains("Email");

            // a figure of the orders' facts: the list says which orders it shows
            manager.go("/review/dashboard.xhtml?period=MONTH&day=2031-03-01");
            assertThat(manager.text("quality-doubleCheckApproved")).isEqualTo("1");
            manager.byId("quality-doubleCheckApproved").click();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> manager.currentUrl().contains("fact=DOUBLE_CHECKED"));
            assertThat(manager.text("factFilter"))
                    .isEqualTo("Orders that were recorded by a double-check (from the review)");
            assertThat(OrderListPage.total(manager)).isEqualTo(1);
        }
    }
}
