package io.ordertrail.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProductionSecretsTest {

    private static final Map<String, String> DEMO = Map.of(
            "ordertrail.db.password", "ordertrail",
            "ordertrail.jms.password", "ordertrail");

    @Test
    void withoutDemoDataTheDemoSecretsAndMissingOnesAreRefusedEachByName() {
        assertThat(ProductionSecrets.problems(false, key -> Optional.ofNullable(DEMO.get(key))))
                .containsExactly(
                        "ORDERTRAIL_DB_PASSWORD is the demo value: set it to the database password",
                        "ORDERTRAIL_JMS_PASSWORD is the demo value: set it to the broker password",
                        "ORDERTRAIL_CONFIRMATION_SIGNING_KEY is not set: set it to the key that signs acknowledgement"
                                + " links (base64, 32 bytes or more)");
        assertThat(ProductionSecrets.problems(false, key -> Optional.of(" ")))
                .hasSize(3)
                .allMatch(p -> p.contains("is not set"));
    }

    @Test
    void realSecretsOrDemoDataStart() {
        assertThat(ProductionSecrets.problems(false, key -> Optional.of("s3cret-" + key)))
                .isEmpty();
        assertThat(ProductionSecrets.problems(true, key -> Optional.ofNullable(DEMO.get(key))))
                .isEmpty();
    }
}
