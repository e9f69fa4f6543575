package io.ordertrail.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordertrail.testsupport.Browser;
import io.ordertrail.testsupport.SharedOrdertrail;
import java.net.URI;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** SOP section 5, records are kept: an order recorded before a restart of the server is there after it. */
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

        URI restarted = SharedOrdertrail.restart();

        try (Browser browser = Browser.open(restarted)) {
            browser.signInAs("sales").go("/orders/order.xhtml?number=" + orderNumber);
            assertThat(browser.text("orderNumber")).isEqualTo(orderNumber);
            assertThat(browser.text("customer")).contains("Brightside Decorators");
        }
    }
}
