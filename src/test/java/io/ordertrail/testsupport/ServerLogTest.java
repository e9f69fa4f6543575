package io.ordertrail.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordertrail.platform.logging.Correlation;
import io.ordertrail.platform.logging.JsonLogFormatter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerLogTest {

    @TempDir
    Path data;

    @AfterEach
    void forgetTheDataDirectory() {
        System.clearProperty("ordertrail.itDataDir");
    }

    @Test
    void aRequestsWarningsAndErrorsAreToldWithTheirCausesButNotItsOtherLinesOrOtherRequests() throws Exception {
        JsonLogFormatter formatter = new JsonLogFormatter();
        StringBuilder lines = new StringBuilder();
        try (var scope = Correlation.request("it-1")) {
            lines.append(formatter.format(new LogRecord(Level.INFO, "Order ORD-1 received")));
            LogRecord failure = new LogRecord(Level.SEVERE, "API request failed");
            failure.setThrown(new IllegalStateException("commit failed", new java.sql.SQLException("lock timeout")));
            lines.append(formatter.format(failure));
        }
        try (var scope = Correlation.request("it-2")) {
            lines.append(formatter.format(new LogRecord(Level.SEVERE, "someone else's failure")));
        }
        Files.createDirectories(data.resolve("logs"));
        Files.writeString(data.resolve("logs/ordertrail-1234-0.jsonl"), lines);
        System.setProperty("ordertrail.itDataDir", data.toString());

        String told = ServerLog.troubleWith("it-1");

        assertThat(told)
                .contains("SEVERE", "API request failed")
                .contains("java.lang.IllegalStateException: commit failed")
                .contains("Caused by: java.sql.SQLException: lock timeout")
                .doesNotContain("received", "someone else's", "\tat ");
    }

    @Test
    void aBrowsersProfileBesideTheLogsIsNotGoneInto() throws Exception {
        JsonLogFormatter formatter = new JsonLogFormatter();
        String line;
        try (var scope = Correlation.request("it-3")) {
            line = formatter.format(new LogRecord(Level.WARNING, "slow commit"));
        }
        Files.createDirectories(data.resolve("logs"));
        Files.writeString(data.resolve("logs/ordertrail-1234-0.jsonl"), line);
        // a running browser's profile: its files come and go while the logs are read, and none of them is a log
        Path profile = Files.createDirectories(data.resolve(Browser.PROFILE_PREFIX + "42/Default"));
        Files.writeString(profile.resolve("not-a-server-log.jsonl"), line);
        System.setProperty("ordertrail.itDataDir", data.toString());

        assertThat(ServerLog.troubleWith("it-3").lines()).containsExactly("WARNING : slow commit");
    }
}
