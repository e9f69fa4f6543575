package io.ordertrail.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ordertrail.testsupport.HttpSession;
import io.ordertrail.testsupport.ItEnvironment;
import io.ordertrail.testsupport.SharedOrdertrail;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The HTTP access log: every request, with who asked and the answer, and never the token a link carries. */
class AccessLogIT {

    @Test
    void aRequestIsLoggedWithoutItsQueryString() throws Exception {
        String token = "secret-" + UUID.randomUUID();
        HttpSession anonymous = new HttpSession(SharedOrdertrail.baseUri());
        anonymous.get("/confirmation.xhtml?token=" + token);
        String prefix = "ordertrail-" + SharedOrdertrail.baseUri().getPort() + "-access";
        Path logs = ItEnvironment.dataDir().resolve("logs");

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(accessLog(logs, prefix)).contains("/confirmation.xhtml"));
        assertThat(accessLog(logs, prefix)).doesNotContain(token).doesNotContain("token=");
    }

    private static String accessLog(Path logs, String prefix) throws IOException {
        try (Stream<Path> files = Files.list(logs)) {
            return files.filter(file -> file.getFileName().toString().startsWith(prefix))
                    .map(file -> {
                        try {
                            return Files.readString(file);
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .collect(Collectors.joining());
        }
    }
}
