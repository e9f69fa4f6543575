package io.ordertrail.platform.logging;

import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One log record as one line of JSON, for log shippers and {@code jq}: {@code time} (ISO-8601, UTC), {@code level},
 * {@code logger}, {@code thread}, {@code message}, the unit of work's {@code requestId}, {@code messageId} and
 * {@code orderNumber} where there are any ({@link Correlation}), and for a failure {@code exception} and its
 * {@code stackTrace}.
 */
public class JsonLogFormatter extends Formatter {

    private static final JsonGeneratorFactory JSON = JsonProvider.provider().createGeneratorFactory(Map.of());

    @Override
    public String format(LogRecord record) {
        StringWriter line = new StringWriter(256);
        try (JsonGenerator json = JSON.createGenerator(line)) {
            json.writeStartObject()
                    .write("time", record.getInstant().toString())
                    .write("level", record.getLevel().getName())
                    .write("logger", record.getLoggerName() == null ? "" : record.getLoggerName())
                    .write("thread", Thread.currentThread().getName())
                    .write("message", message(record));
            Correlation.current().ifPresent(ids -> {
                writeIfPresent(json, "requestId", ids.requestId());
                writeIfPresent(json, "messageId", ids.messageId());
                writeIfPresent(json, "orderNumber", ids.orderNumber());
            });
            Throwable thrown = record.getThrown();
            if (thrown != null) {
                StringWriter trace = new StringWriter();
                thrown.printStackTrace(new PrintWriter(trace));
                json.write("exception", thrown.toString()).write("stackTrace", trace.toString());
            }
            json.writeEnd();
        }
        return line.append('\n').toString();
    }

    private String message(LogRecord record) {
        String message = formatMessage(record);
        return message == null ? "" : message;
    }

    private static void writeIfPresent(JsonGenerator json, String name, String value) {
        if (value != null) {
            json.write(name, value);
        }
    }
}
