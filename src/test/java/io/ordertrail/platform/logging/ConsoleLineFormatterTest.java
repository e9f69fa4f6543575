package io.ordertrail.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;
import org.junit.jupiter.api.Test;

class ConsoleLineFormatterTest {

    /** SimpleFormatter with the console's pattern, as logging.properties sets it. */
    private static SimpleFormatter simpleFormatterWithThePattern() {
        String property = "java.util.logging.SimpleFormatter.format";
        String before = System.getProperty(property);
        System.setProperty(property, ConsoleLineFormatter.PATTERN);
        try {
            return new SimpleFormatter(); // reads the pattern when it is made
        } finally {
            if (before == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, before);
            }
        }
    }

    private static LogRecord record(Level level, String logger, String message, Object... parameters) {
        LogRecord record = new LogRecord(level, message);
        record.setLoggerName(logger);
        record.setParameters(parameters.length == 0 ? null : parameters);
        return record;
    }

    @Test
    void writesWhatSimpleFormatterWritesWithThePattern() {
        SimpleFormatter simple = simpleFormatterWithThePattern();
        ConsoleLineFormatter direct = new ConsoleLineFormatter();
        LogRecord failed = record(Level.SEVERE, "io.ordertrail.handover", "Handover {0} failed", "M-1");
        failed.setThrown(new IllegalStateException("the stock changed", new RuntimeException("underneath")));
        List<LogRecord> records = List.of(
                record(Level.INFO, "io.ordertrail.operations.OperationsLog", "Inventory received the handover of X"),
                record(Level.WARNING, "fish.payara", "{0} of {1} done", 3, "seven"),
                record(Level.FINE, "short", "fine detail"),
                record(Level.CONFIG, null, "no logger name"),
                failed);

        for (LogRecord each : records) {
            assertThat(direct.format(each)).isEqualTo(simple.format(each));
        }
    }

    @Test
    void replacesOnlyAConsoleSimpleFormatterWithThePattern() {
        Handler console = new ConsoleHandler();
        console.setFormatter(new SimpleFormatter());
        Handler file = new StreamHandler(OutputStream.nullOutputStream(), new SimpleFormatter());
        Handler jsonConsole = new ConsoleHandler();
        jsonConsole.setFormatter(new JsonLogFormatter());
        ConsoleLineFormatter formatter = new ConsoleLineFormatter();

        assertThat(LogFiles.writeConsoleLinesDirectly(
                        new Handler[] {console, file, jsonConsole}, "%1$tc %5$s%n", formatter))
                .as("an admin's own pattern")
                .isEmpty();
        assertThat(console.getFormatter()).isInstanceOf(SimpleFormatter.class);

        assertThat(LogFiles.writeConsoleLinesDirectly(
                        new Handler[] {console, file, jsonConsole}, ConsoleLineFormatter.PATTERN, formatter))
                .containsExactly(console);
        assertThat(console.getFormatter()).isSameAs(formatter);
        assertThat(file.getFormatter()).isInstanceOf(SimpleFormatter.class);
        assertThat(jsonConsole.getFormatter()).isInstanceOf(JsonLogFormatter.class);
    }

    @Test
    void theConsolePatternIsTheOneLoggingPropertiesSets() throws IOException {
        Properties logging = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("server-config/logging.properties"))) {
            logging.load(in);
        }
        assertThat(logging.getProperty("java.util.logging.SimpleFormatter.format"))
                .isEqualTo(ConsoleLineFormatter.PATTERN);
    }
}
