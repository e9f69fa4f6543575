package io.ordertrail.testsupport;

import io.ordertrail.devstack.PayaraMicro;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * One running Ordertrail shared by every browser and HTTP test of a run: started on first use, the same way the
 * run command starts it (Artemis RAR, WAR, post-boot file), against the test broker; stopped when the run ends.
 * Each Payara Micro start costs about 20 s, so tests share this one instead of deploying their own.
 */
public final class SharedOrdertrail {

    private static PayaraMicro payara;

    /** The port of the first start, kept for a restart, so that a test can watch the address across it. */
    private static int port;

    private SharedOrdertrail() {}

    public static synchronized URI baseUri() {
        if (payara == null) {
            start();
        }
        return payara.baseUri();
    }

    /**
     * Stops the application's server; the next {@link #baseUri()} starts it again on the same database, broker and
     * port, as after a restart.
     */
    public static synchronized void stop() throws InterruptedException {
        if (payara != null) {
            payara.close();
            payara = null;
        }
    }

    private static void start() {
        Path data = ItEnvironment.dataDir();
        try {
            if (port == 0) {
                port = freePort();
            }
            payara = PayaraMicro.start(ItEnvironment.launch(
                    data.resolve("shared-payara-runtime"),
                    port,
                    Map.of(
                            "ORDERTRAIL_DB_URL",
                            System.getProperty("ordertrail.it.sharedDbUrl"),
                            "ORDERTRAIL_JMS_PORT",
                            String.valueOf(ItEnvironment.broker().port()),
                            "ORDERTRAIL_PUBLIC_URL",
                            "http://localhost:" + port),
                    data.resolve("shared-payara.log"),
                    ItEnvironment.LONG_RUNNING));
            payara.awaitReady(Duration.ofSeconds(180));
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the shared Ordertrail", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the shared Ordertrail", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
