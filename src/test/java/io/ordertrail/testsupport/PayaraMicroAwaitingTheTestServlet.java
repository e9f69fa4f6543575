package io.ordertrail.testsupport;

import static org.awaitility.Awaitility.await;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;

/**
 * Payara's managed Payara Micro container (3.1), which starts a Payara Micro per test class, with three of its habits
 * mended.
 *
 * <p><b>It does not wait for a server to stop.</b> Its undeploy sends the process SIGTERM and returns. Ordertrail's
 * graceful shutdown then goes on serving for its drain period before Payara stops, so the next class's server started
 * while the last one still held the Arquillian H2 database (and Hazelcast's port 6900: "Some of the ports seem
 * occupied!"). When the new server's migration reached the database first, its deployment failed. Here each stop
 * waits for the process to exit, and kills it if it has not exited after {@link #STOP_PATIENCE}.
 *
 * <p><b>It reads the deployed servlets from a snapshot of the console.</b> It copies the console every 200 ms, stops
 * as soon as a copy shows the instance's HTTPS ports, and reads the "Deployed" list from that same copy, which can
 * end just before the list. When the copy has no test runner servlet, this container asks the server for it at the
 * archive's context root, which Payara Micro takes from the archive's name. If the server never has it, the
 * deployment fails with the warnings and errors the console showed, and the server is stopped.
 *
 * <p><b>It starts a server for every class.</b> Each start costs about 20 s. Here a server stays up after its class
 * (undeploy leaves it running), and the next class that deploys the same archive (the same entries: the in-container
 * classes all deploy {@link InContainer#ordertrail()}) runs on it. A class with another archive gets a server of its
 * own, after the kept one stopped. The kept server stops when the last in-container class of the run is done
 * ({@link InContainerClassesDone}), before the tests that share the other Ordertrail and the test broker begin, or at
 * the latest when Arquillian stops the container.
 */
public class PayaraMicroAwaitingTheTestServlet extends PayaraMicroDeployableContainer {

    static final String TEST_RUNNER = "ArquillianServletRunnerEE9";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(90);
    private static final int TROUBLE_LINES = 40;
    private static final Logger LOG = Logger.getLogger(PayaraMicroAwaitingTheTestServlet.class.getName());

    /** The server this container started for the class now deployed; the adapter keeps it to itself. */
    private Process server;

    /** The archive the running server has deployed, and what the adapter said of it. */
    private Archive<?> keptArchive;

    private ProtocolMetaData keptDeployment;

    /** The container keeping a server, for {@link #stopKeptServer()}. */
    private static volatile PayaraMicroAwaitingTheTestServlet keeping;

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        if (keptArchive != null
                && server != null
                && server.isAlive()
                && entriesOf(archive).equals(entriesOf(keptArchive))) {
            LOG.info("The next class deploys the same archive: it runs on the Payara Micro already up (pid "
                    + server.pid() + ")");
            return keptDeployment;
        }
        stopKept();
        ProtocolMetaData deployed = start(archive);
        keptArchive = archive;
        keptDeployment = deployed;
        keeping = this;
        return deployed;
    }

    /** Leaves the server running for the next class with the same archive ({@link #deploy}). */
    @Override
    public void undeploy(Archive<?> archive) throws DeploymentException {
        if (server == null || !server.isAlive()) {
            stopKept(); // it died during the class: what is left of it goes, and the next class starts another
        }
    }

    @Override
    public void stop() throws LifecycleException {
        try {
            stopKept();
        } catch (DeploymentException e) {
            throw new LifecycleException("Could not stop the Payara Micro kept for the in-container tests", e);
        }
        super.stop();
    }

    /** Stops the server kept for the in-container classes, if one runs: their last class is done. */
    public static void stopKeptServer() throws DeploymentException {
        PayaraMicroAwaitingTheTestServlet container = keeping;
        if (container != null) {
            container.stopKept();
        }
    }

    private synchronized void stopKept() throws DeploymentException {
        Archive<?> deployed = keptArchive;
        keptArchive = null;
        keptDeployment = null;
        if (deployed != null) {
            super.undeploy(deployed);
            awaitExit();
        }
    }

    /** What an archive holds, by path: two archives with the same entries are the same deployment here. */
    static Set<String> entriesOf(Archive<?> archive) {
        return archive.getContent().keySet().stream()
                .map(ArchivePath::get)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private ProtocolMetaData start(Archive<?> archive) throws DeploymentException {
        ProtocolMetaData deployed;
        try {
            deployed = super.deploy(archive);
        } catch (DeploymentException | RuntimeException e) {
            // the adapter gave up (its start-up timeout, a console it could not read) and may have left the server
            // running: it would hold the database and the ports the next class's server needs
            server = adapterField("payaraMicroProcess", Process.class);
            if (server != null && server.isAlive()) {
                server.destroy();
                try {
                    awaitExit();
                } catch (DeploymentException stopping) {
                    e.addSuppressed(stopping);
                }
            }
            server = null;
            throw e;
        }
        server = adapterField("payaraMicroProcess", Process.class);
        HTTPContext http = deployed.getContexts(HTTPContext.class).iterator().next();
        if (http.getServletByName(TEST_RUNNER) == null) {
            String contextRoot = contextRootOf(archive.getName());
            URI runner = URI.create(
                    "http://" + http.getHost() + ":" + http.getPort() + "/" + contextRoot + "/" + TEST_RUNNER);
            LOG.warning("The adapter read no servlets from Payara Micro's console; asking " + runner + " instead");
            awaitAnswerFrom(runner, archive);
            http.add(new Servlet(TEST_RUNNER, contextRoot));
        }
        return deployed;
    }

    /** Payara Micro deploys an archive without a context root of its own at the archive's name. */
    static String contextRootOf(String archiveName) {
        int dot = archiveName.lastIndexOf('.');
        return dot < 0 ? archiveName : archiveName.substring(0, dot);
    }

    /**
     * The lines of a console that say something went wrong (a warning, an error, an exception or its cause), without
     * stack frames: at most the first {@code limit}.
     */
    static String trouble(String console, int limit) {
        return console.lines()
                .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .filter(line -> line.contains("SEVERE")
                        || line.contains("WARNING")
                        || line.contains("Exception")
                        || line.contains("Error")
                        || line.startsWith("Caused by"))
                .limit(limit)
                .collect(Collectors.joining("\n"));
    }

    private void awaitAnswerFrom(URI runner, Archive<?> archive) throws DeploymentException {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        AtomicReference<String> lastAnswer = new AtomicReference<>("none");
        try {
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).until(() -> {
                try {
                    int status = client.send(
                                    HttpRequest.newBuilder(runner).GET().build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode();
                    lastAnswer.set("HTTP " + status);
                    return status != 404;
                } catch (IOException e) {
                    lastAnswer.set(e.toString());
                    return false;
                }
            });
        } catch (ConditionTimeoutException e) {
            String console = adapterField("log", String.class);
            DeploymentException failure = new DeploymentException(
                    "Payara Micro started but has no " + TEST_RUNNER + " at " + runner + " after "
                            + PATIENCE.toSeconds() + " s (last answer: " + lastAnswer.get()
                            + "): the deployment did not complete. What the server's console showed before it said"
                            + " it had started:\n" + (console == null ? "(nothing)" : trouble(console, TROUBLE_LINES)),
                    e);
            try {
                super.undeploy(archive);
                awaitExit();
            } catch (DeploymentException | RuntimeException stopping) {
                failure.addSuppressed(stopping);
            }
            throw failure;
        }
    }

    /** Waits until the server this container started has exited, killing it if SIGTERM was not enough. */
    private void awaitExit() throws DeploymentException {
        Process stopping = server;
        server = null;
        if (stopping == null) {
            return;
        }
        try {
            if (!stopping.waitFor(STOP_PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                LOG.warning("Payara Micro (pid " + stopping.pid() + ") had not stopped " + STOP_PATIENCE.toSeconds()
                        + " s after SIGTERM; killing it");
                stopping.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeploymentException("Interrupted while Payara Micro (pid " + stopping.pid() + ") stopped", e);
        }
    }

    /** One of the adapter's private fields (3.1): it keeps the server's process and its console copy to itself. */
    private <T> T adapterField(String name, Class<T> type) {
        try {
            Field field = PayaraMicroDeployableContainer.class.getDeclaredField(name);
            field.setAccessible(true);
            return type.cast(field.get(this));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "Payara's adapter has no field " + name + " of type " + type.getSimpleName()
                            + " any more: PayaraMicroAwaitingTheTestServlet was written for its version 3.1",
                    e);
        }
    }
}
