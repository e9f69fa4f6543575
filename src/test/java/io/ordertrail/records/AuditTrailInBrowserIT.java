package io.ordertrail.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ordertrail.testsupport.Browser;
import io.ordertrail.testsupport.OnlinePlatform;
import io.ordertrail.testsupport.SharedOrdertrail;
import java.time.Duration;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The audit trail as the manager and the ADMIN meet it: an order placed by the online platform is on the trail with
 * who and from where, its handovers follow as the system's, and the ADMIN's verification finds the chain intact.
 */
@Order(3)
class AuditTrailInBrowserIT {

    @Test
    void anOrderAndItsHandoversAreOnTheTrailAndTheChainVerifies() throws Exception {
        String orderNumber = OnlinePlatform.recordedOrder();
        try (Browser manager = Browser.open(SharedOrdertrail.baseUri());
                Browser admin = Browser.open(SharedOrdertrail.baseUri())) {
            manager.signInAs("manager");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                String trail = manager.go("/records/audit.xhtml?type=ORDER&id=" + orderNumber)
                        .text("auditForm:entries");
                assertThat(trail)
                        .contains("ORDER_RECORDED")
                        .contains("integration")
                        .contains("/api/orders")
                        .contains("\"product\":\"RLR-230\",\"quantity\":2")
                        .contains("HANDOVER_RECEIVED")
                        .contains("ORDER_AVAILABILITY_CHECKED");
            });
            assertThat(manager.all(org.openqa.selenium.By.id("auditForm:verify")))
                    .as("only the ADMIN verifies")
                    .isEmpty();
            manager.screenshot("audit-trail");
            manager.assertNoJavaScriptErrors();

            admin.signInAs("admin").go("/records/audit.xhtml");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                admin.click("auditForm:verify");
                String result = admin.text("auditForm:verification");
                assertThat(result).contains("The chain is intact");
                assertThat(Long.parseLong(result.replaceAll("(?s).*intact:\\s*(\\d+) entries.*", "$1")))
                        .as("entries sealed and verified, the new order's among them soon")
                        .isPositive();
            });
            admin.screenshot("audit-chain-verified");

            assertThat(manager.go("/records/audit.xhtml?type=USER&id=admin").text("auditForm:entries"))
                    .as("the ADMIN's sign-in, with its own name as who")
                    .contains("SIGN_IN")
                    .contains("SIGNED_IN");
        }
    }
}
