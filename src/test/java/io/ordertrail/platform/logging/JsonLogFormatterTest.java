package io.ordertrail.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordertrail.platform.Jsons;
import jakarta.json.JsonObject;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class JsonLogFormatterTest {

    private final JsonLogFormatter formatter = new JsonLogFormatter();

    private JsonObject line(LogRecord record) {
        String text = formatter.format(record);
        assertThat(text).endsWith("\n").doesNotContain("\r");
        assertThat(text.strip()).doesNotContain("\n");
        return Jsons.parse(text);
    }

    private static LogRecord record(Level level, String message, Object... parameters) {
        LogRecord record = new LogRecord(level, message);
        record.setLoggerName("io.ordertrail.orders.Test");
        record.setParameters(parameters);
        return record;
    }

    @Test
    void oneLineOfJsonWithTheMessageFormattedAndItsNewlinesAndQuotesEscaped() {
        JsonObject line = line(record(Level.WARNING, "Order {0} said \"hello\"\nand then {1}", "SO-7", 3));

        assertThat(line.getString("level")).isEqualTo("WARNING");
        assertThat(line.getString("logger")).isEqualTo("io.ordertrail.orders.Test");
        assertThat(line.getString("message")).isEqualTo("Order SO-7 said \"hello\"\nand then 3");
        assertThat(line.getString("time")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*Z");
        assertThat(line.getString("thread")).isEqualTo(Thread.currentThread().getName());
        assertThat(line.containsKey("requestId")).isFalse();
        assertThat(line.containsKey("exception")).isFalse();
    }

    @Test
    void theUnitOfWorksIdsAndTheOrderItTurnedOutToConcern() {
        try (Correlation.Scope request = Correlation.request("call-42")) {
            assertThat(line(record(Level.INFO, "before")).containsKey("orderNumber"))
                    .isFalse();
            Correlation.concerns("SO-2026-000123");

            JsonObject line = line(record(Level.INFO, "after"));

            assertThat(line.getString("requestId")).isEqualTo("call-42");
            assertThat(line.getString("orderNumber")).isEqualTo("SO-2026-000123");
            assertThat(line.containsKey("messageId")).isFalse();
        }
        assertThat(line(record(Level.INFO, "outside")).containsKey("requestId")).isFalse();
    }

    @Test
    void aFailureWithItsStackTrace() {
        LogRecord record = record(Level.SEVERE, "Confirmation failed");
        record.setThrown(new IllegalStateException("mail server gone"));

        JsonObject line = line(record);

        assertThat(line.getString("exception")).isEqualTo("java.lang.IllegalStateException: mail server gone");
        assertThat(line.getString("stackTrace")).contains("JsonLogFormatterTest.aFailureWithItsStackTrace");
    }
}
