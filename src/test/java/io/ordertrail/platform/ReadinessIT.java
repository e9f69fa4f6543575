package io.ordertrail.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ordertrail.testsupport.HttpSession;
import io.ordertrail.testsupport.ItEnvironment;
import io.ordertrail.testsupport.SharedOrdertrail;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** /health/ready tells a load balancer the truth: not ready while the broker is gone, ready again once it is back. */
@Order(98) // stops the shared broker for a while: after the tests that need it
class ReadinessIT {

    @Test
    void readinessIsDownWhileTheBrokerIsDownAndUpAgainWhenItReturns() throws Exception {
        HttpSession anonymous = new HttpSession(SharedOrdertrail.baseUri());
        assertThat(anonymous.get("/health/ready").body()).contains("\"status\":\"UP\"", "\"database\"", "\"broker\"");

        ItEnvironment.stopBroker();
        try {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                HttpResponse<String> ready = anonymous.get("/health/ready");
                assertThat(ready.statusCode()).isEqualTo(503);
                assertThat(ready.body()).contains("\"name\":\"broker\",\"status\":\"DOWN\"");
            });
        } finally {
            ItEnvironment.startBroker();
        }

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() ->
                        assertThat(anonymous.get("/health/ready").statusCode()).isEqualTo(200));
    }
}
