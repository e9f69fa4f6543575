package io.ordertrail.platform.logging;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.BeforeShutdown;
import jakarta.enterprise.inject.spi.Extension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The log as JSON lines in rotating files under the data directory, next to the console's human-readable lines:
 * {@code <ordertrail.log.directory>/<ordertrail.log.name>-<n>.jsonl}, {@code -0} the newest; when it reaches
 * {@code ordertrail.log.file-size-mb} it becomes {@code -1} and so on, and the oldest of
 * {@code ordertrail.log.file-count} files is dropped ({@link FileHandler}).
 *
 * <p>Installed on the root logger when Ordertrail's deployment begins (a CDI extension: before its beans are
 * discovered, so the schema migration and everything after it are in the file) and taken off when it ends. The
 * server's own boot before that is on the console only. Log levels set with {@code set-log-levels} apply to both.
 */
public class LogFiles implements Extension {

    private static final Logger LOG = Logger.getLogger(LogFiles.class.getName());

    private Handler handler;

    /** The console handlers whose SimpleFormatter this deployment replaced, to give it back when it ends. */
    private final List<Handler> fasterConsoles = new ArrayList<>();

    void install(@Observes BeforeBeanDiscovery deploymentBegins) {
        Config config = ConfigProvider.getConfig();
        Path directory = Path.of(config.getOptionalValue("ordertrail.log.directory", String.class)
                .orElse("data/logs"));
        String name =
                config.getOptionalValue("ordertrail.log.name", String.class).orElse("ordertrail");
        int sizeMb = config.getOptionalValue("ordertrail.log.file-size-mb", Integer.class)
                .orElse(20);
        int count = config.getOptionalValue("ordertrail.log.file-count", Integer.class)
                .orElse(10);
        handler = open(directory, name, sizeMb * 1024L * 1024L, count);
        Logger.getLogger("").addHandler(handler);
        fasterConsoles.addAll(writeConsoleLinesDirectly(
                Logger.getLogger("").getHandlers(), simpleFormatterPattern(), new ConsoleLineFormatter()));
        LOG.info(() -> "Log lines are also written as JSON to "
                + directory.toAbsolutePath().resolve(name + "-0.jsonl") + " (" + count + " files of up to " + sizeMb
                + " MB)");
    }

    void uninstall(@Observes BeforeShutdown deploymentEnds) {
        fasterConsoles.forEach(console -> console.setFormatter(new SimpleFormatter()));
        fasterConsoles.clear();
        if (handler != null) {
            Logger.getLogger("").removeHandler(handler);
            handler.close();
            handler = null;
        }
    }

    /**
     * Puts the formatter on each console handler that formats with {@link SimpleFormatter} while its pattern is the
     * one the formatter writes (the same lines, made faster); leaves any other alone.
     *
     * @return the handlers it changed
     */
    static List<Handler> writeConsoleLinesDirectly(Handler[] handlers, String pattern, ConsoleLineFormatter formatter) {
        if (!ConsoleLineFormatter.PATTERN.equals(pattern)) {
            return List.of();
        }
        List<Handler> changed = new ArrayList<>();
        for (Handler console : handlers) {
            if (console instanceof ConsoleHandler && console.getFormatter() instanceof SimpleFormatter) {
                console.setFormatter(formatter);
                changed.add(console);
            }
        }
        return changed;
    }

    /** The pattern SimpleFormatter uses: the system property's, or else the logging configuration's. */
    private static String simpleFormatterPattern() {
        String property = "java.util.logging.SimpleFormatter.format";
        String pattern = System.getProperty(property);
        return pattern != null ? pattern : LogManager.getLogManager().getProperty(property);
    }

    /** A rotating JSON-lines file handler; it takes every record the loggers let through. */
    static Handler open(Path directory, String name, long limitBytes, int count) {
        if (limitBytes < 1 || count < 1 || !name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("The log files' settings are not usable: ordertrail.log.name=" + name
                    + " (letters, digits, '.', '_', '-'), ordertrail.log.file-size-mb=" + limitBytes / (1024 * 1024)
                    + " and ordertrail.log.file-count=" + count + " (1 or more). Correct them and start again.");
        }
        try {
            Files.createDirectories(directory);
            FileHandler files =
                    new FileHandler(directory.resolve(name + "-%g.jsonl").toString(), limitBytes, count, true);
            files.setEncoding(StandardCharsets.UTF_8.name());
            files.setFormatter(new JsonLogFormatter());
            files.setLevel(Level.ALL);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot write the log files in " + directory.toAbsolutePath() + ": " + e.getMessage()
                            + ". Make the directory writable or set ORDERTRAIL_LOG_DIRECTORY.",
                    e);
        }
    }
}
