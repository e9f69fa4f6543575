package io.ordertrail.platform.logging;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * The console's line as {@code server-config/logging.properties} has {@link java.util.logging.SimpleFormatter} write
 * it ({@value #PATTERN}: time, level, logger, message, stack trace), character for character, but put together
 * directly: {@code SimpleFormatter} runs {@code String.format} on its pattern for every record, which was most of what
 * a log line cost (7 % of the handover listeners' CPU in the channels benchmark, where every order logs three lines;
 * docs/benchmarks.md, issue 20). {@link LogFiles} puts it on the console only while the pattern is this one, so a
 * pattern an admin sets is still honoured.
 */
public final class ConsoleLineFormatter extends Formatter {

    /** The {@code java.util.logging.SimpleFormatter.format} this formatter writes. */
    public static final String PATTERN = "%1$tT %4$-7s [%3$s] %5$s%6$s%n";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Override
    public String format(LogRecord record) {
        StringBuilder line = new StringBuilder(160);
        TIME.formatTo(ZonedDateTime.ofInstant(record.getInstant(), ZoneId.systemDefault()), line);
        line.append(' ');
        String level = record.getLevel().getLocalizedName();
        line.append(level);
        for (int pad = level.length(); pad < 7; pad++) {
            line.append(' ');
        }
        line.append(" [").append(record.getLoggerName()).append("] ").append(formatMessage(record));
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            try (PrintWriter out = new PrintWriter(trace)) {
                out.println();
                record.getThrown().printStackTrace(out);
            }
            line.append(trace);
        }
        return line.append(System.lineSeparator()).toString();
    }
}
