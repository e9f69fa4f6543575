package io.ordertrail.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordertrail.testsupport.Browser;
import io.ordertrail.testsupport.SharedOrdertrail;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * SOP section 5, records are kept: an order recorded before a restart of the server is there after it. And a load
 * balancer is told the truth throughout the restart: not ready until the application answers.
 */
@Order(99) // last: it restarts the shared instance
class OrdersSurviveRestartIT {

    @Test
    void anOrderRecordedBeforeARestartIsStillThereAfterIt() throws Exception {
        String orderNumber;
        try (Browser browser = Browser.open(SharedOrdertrail.baseUri())) {
            browser.signInAs("sales");
            orderNumber = new NewOrderPage(browser)
                    .customer("Bright", "C-1003")
                    .line(0, "TAP", "TAP-MSK-50", 12)
                    .record();
        }

        // a load balancer's view of the start: /health/ready, watched from before the process starts, never says UP
        // while the application's pages do not answer yet
        URI address = SharedOrdertrail.baseUri();
        SharedOrdertrail.stop();
        ReadinessWatch watch = ReadinessWatch.start(address);
        URI restarted = SharedOrdertrail.baseUri(); // started again, on the same port
        List<ReadinessWatch.Sample> samples = watch.untilBothAnswer(Duration.ofSeconds(60));
        assertThat(samples)
                .as("readiness was seen not ready during the restart")
                .anyMatch(sample -> sample.ready() != 200);
        assertThat(samples)
                .as("no UP before the login page answers")
                .allMatch(sample -> sample.ready() != 200 || sample.login() == 200);

        try (Browser browser = Browser.open(restarted)) {
            browser.signInAs("sales").go("/orders/order.xhtml?number=" + orderNumber);
            assertThat(browser.text("orderNumber")).isEqualTo(orderNumber);
            assertThat(browser.text("customer")).contains("Brightside Decorators");
        }
    }
}
