package io.ordertrail.testsupport;

import static org.awaitility.Awaitility.await;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Logger;
import org.awaitility.core.ConditionTimeoutException;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara's managed Payara Micro container (3.1), with its one race closed.
 *
 * <p>The adapter copies the server's console into a snapshot every 200 ms and stops waiting as soon as a snapshot shows
 * the instance's HTTPS ports. It then reads the deployed servlets from that same snapshot. The "Deployed" list comes a
 * few lines after the ports, so a snapshot taken between them has no list: the adapter returns no servlets, and every
 * test of the class fails with "ArquillianServletRunnerEE9 not found", although the application was deployed.
 *
 * <p>When that happens, this container asks the server for the test runner's servlet at the archive's context root,
 * which Payara Micro takes from the archive's name, and adds it once the server answers. If the server does not have
 * it, the deployment fails with a message that says so.
 */
public class PayaraMicroAwaitingTheTestServlet extends PayaraMicroDeployableContainer {

    static final String TEST_RUNNER = "ArquillianServletRunnerEE9";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Logger LOG = Logger.getLogger(PayaraMicroAwaitingTheTestServlet.class.getName());

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        ProtocolMetaData deployed = super.deploy(archive);
        HTTPContext http = deployed.getContexts(HTTPContext.class).iterator().next();
        if (http.getServletByName(TEST_RUNNER) == null) {
            String contextRoot = contextRootOf(archive.getName());
            URI runner = URI.create(
                    "http://" + http.getHost() + ":" + http.getPort() + "/" + contextRoot + "/" + TEST_RUNNER);
            LOG.warning("The adapter read no servlets from Payara Micro's console; asking " + runner + " instead");
            awaitAnswerFrom(runner);
            http.add(new Servlet(TEST_RUNNER, contextRoot));
        }
        return deployed;
    }

    /** Payara Micro deploys an archive without a context root of its own at the archive's name. */
    static String contextRootOf(String archiveName) {
        int dot = archiveName.lastIndexOf('.');
        return dot < 0 ? archiveName : archiveName.substring(0, dot);
    }

    private static void awaitAnswerFrom(URI runner) throws DeploymentException {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            await().atMost(PATIENCE)
                    .pollInterval(Duration.ofMillis(250))
                    .ignoreException(IOException.class)
                    .until(() -> client.send(
                                            HttpRequest.newBuilder(runner).GET().build(),
                                            HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            != 404);
        } catch (ConditionTimeoutException e) {
            throw new DeploymentException(
                    "Payara Micro started but has no " + TEST_RUNNER + " at " + runner + " after "
                            + PATIENCE.toSeconds() + " s: the deployment did not complete; see the server's log",
                    e);
        }
    }
}
