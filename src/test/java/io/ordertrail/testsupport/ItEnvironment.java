package io.ordertrail.testsupport;

import io.ordertrail.devstack.EmbeddedBroker;
import io.ordertrail.devstack.MailCatcher;
import io.ordertrail.devstack.MessageCatcher;
import io.ordertrail.devstack.PayaraMicro;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The real parts the integration tests run against, started once per test run before any test: an Artemis broker
 * and a GreenMail SMTP server. Also writes the post-boot file for the Arquillian-managed Payara Micro, which
 * deploys the Artemis RAR before Arquillian deploys the WAR. Does nothing in unit-test runs.
 */
public class ItEnvironment implements LauncherSessionListener {

    /** Broker redelivery attempts in tests: few, so a poison message reaches the DLQ quickly. */
    public static final int MAX_DELIVERY_ATTEMPTS = 3;

    /** The application's broker user: the post-boot file's defaults, as the tests do not set them. */
    public static final EmbeddedBroker.ApplicationUser APPLICATION =
            new EmbeddedBroker.ApplicationUser("ordertrail", "ordertrail");
    /** A broker operator, who may do anything on the broker, as a forger with stolen admin rights could. */
    public static final String OPERATOR = "operator";

    public static final String OPERATOR_PASSWORD = "operator-secret";

    private static EmbeddedBroker broker;
    private static MailCatcher mail;
    private static MessageCatcher messages;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String dataDir = System.getProperty("ordertrail.itDataDir");
        if (dataDir == null || broker != null) {
            return; // a unit-test run: nothing to start
        }
        try {
            Path data = Path.of(dataDir);
            Files.createDirectories(data);
            forgetEarlierRuns(data);
            startBroker();
            broker.addUser(OPERATOR, OPERATOR_PASSWORD, EmbeddedBroker.ADMIN_ROLE);
            mail = MailCatcher.start(Integer.getInteger("ordertrail.it.smtpPort"), 0);
            messages = MessageCatcher.start(Integer.getInteger("ordertrail.it.gatewayPort"));
            writeArquillianPostBoot(data);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the integration-test environment", e);
        }
    }

    /**
     * The graceful stop's drain period of the tests' servers, in seconds: none. A test server is stopped only when
     * its test is done with it, and every one stopped before the run ends would wait out the default 5 s for nobody.
     * {@code GracefulShutdownIT}, which tests the drain, sets its own.
     */
    static final String NO_DRAIN = "0";

    /**
     * Ordertrail as the build made it (Payara Micro, the RAR, the WAR and the server configuration in target/), on a
     * runtime directory and port of a test's own, with the tests' JVM options; its output appended to {@code log}.
     * Without a drain period ({@link #NO_DRAIN}) unless {@code environment} sets one.
     */
    public static PayaraMicro.Launch launch(Path runtime, int port, Map<String, String> environment, Path log) {
        return launch(runtime, port, environment, log, QUICK_START);
    }

    /** The tests' JVM options for a server that starts, serves a few requests and stops: C1 only, for a quick start. */
    static final List<String> QUICK_START = List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    /**
     * The JVM options for the one server every browser test shares, for the whole run: with C2, which its start pays
     * for once, each sign-in's PBKDF2 (210,000 rounds) takes 0.13 s instead of 0.47, and the pages render faster.
     */
    static final List<String> LONG_RUNNING = List.of("-Xmx512m", "-XX:+UseSerialGC");

    /** {@link #launch(Path, int, Map, Path)} with JVM options of the caller's choosing. */
    static PayaraMicro.Launch launch(
            Path runtime, int port, Map<String, String> environment, Path log, List<String> jvmOptions) {
        Map<String, String> withDrain = new HashMap<>();
        withDrain.put("ORDERTRAIL_SHUTDOWN_DRAIN_SECONDS", NO_DRAIN);
        withDrain.putAll(environment);
        return new PayaraMicro.Launch(
                Path.of(System.getProperty("payara.microJar")),
                Path.of(System.getProperty("ordertrail.artemisRar")),
                Path.of(System.getProperty("ordertrail.war")),
                Path.of(System.getProperty("ordertrail.postBoot")),
                Path.of(System.getProperty("ordertrail.logging")),
                runtime,
                port,
                withDrain,
                jvmOptions,
                ProcessBuilder.Redirect.appendTo(log.toFile()));
    }

    /** Every run starts from empty H2 databases, so no result depends on what an earlier run left behind. */
    private static void forgetEarlierRuns(Path data) throws IOException {
        for (String db : new String[] {"shared-db", "arquillian-db"}) {
            Directories.deleteRecursively(data.resolve(db));
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        try {
            SharedOrdertrail.stop();
            if (messages != null) {
                messages.close();
            }
            if (mail != null) {
                mail.close();
            }
            if (broker != null) {
                broker.close();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop the integration-test environment cleanly", e);
        }
    }

    /** Starts the test broker (again, after {@link #stopBroker}) on its port and journal. */
    public static synchronized void startBroker() throws Exception {
        broker = EmbeddedBroker.start(
                Path.of(System.getProperty("ordertrail.brokerConfig")),
                dataDir().resolve("broker"),
                Integer.getInteger("ordertrail.it.brokerPort"),
                MAX_DELIVERY_ATTEMPTS,
                APPLICATION);
    }

    /** Stops the test broker, as a broker outage would. */
    public static synchronized void stopBroker() throws Exception {
        broker.close();
    }

    /** Our post-boot commands plus deploying the RAR, which must be there before the WAR, and where it logs. */
    private static void writeArquillianPostBoot(Path data) throws IOException {
        String commands = Files.readString(Path.of(System.getProperty("ordertrail.postBoot")))
                + System.lineSeparator()
                + "deploy --name artemis-ra --type rar " + System.getProperty("ordertrail.artemisRar")
                + System.lineSeparator()
                // its JSON log lines next to the shared instance's, not in the working directory's data/logs
                + "set-config-property --source=domain --propertyName=ordertrail.log.directory --propertyValue="
                + data.resolve("logs").toAbsolutePath() + System.lineSeparator()
                + "set-config-property --source=domain --propertyName=ordertrail.log.name"
                + " --propertyValue=ordertrail-arquillian" + System.lineSeparator()
                // the adapter stops a server with SIGTERM and the next class's server waits for it (NO_DRAIN)
                + "set-config-property --source=domain --propertyName=ordertrail.shutdown.drain-seconds"
                + " --propertyValue=" + NO_DRAIN + System.lineSeparator();
        Files.writeString(Path.of(System.getProperty("ordertrail.it.arquillianPostBoot")), commands);
    }

    public static EmbeddedBroker broker() {
        if (broker == null) {
            throw new IllegalStateException("The broker runs only in integration tests (mvn verify)");
        }
        return broker;
    }

    /** Stops the SMTP server, as when the mail server is down. */
    public static synchronized void stopMail() {
        mail.close();
    }

    /** Starts the SMTP server again on the same port (empty: it keeps nothing from before). */
    public static synchronized void startMail() {
        mail = MailCatcher.start(Integer.getInteger("ordertrail.it.smtpPort"), 0);
    }

    /** The local text-messaging gateway the applications under test post to. */
    public static MessageCatcher messages() {
        return messages;
    }

    public static synchronized MailCatcher mail() {
        return mail;
    }

    public static Path dataDir() {
        return Path.of(System.getProperty("ordertrail.itDataDir"));
    }
}
