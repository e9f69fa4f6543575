package io.ordertrail.testsupport;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Stops the Payara Micro the in-container classes share ({@link PayaraMicroAwaitingTheTestServlet}) once the last of
 * them in the run is done. They run first (their {@code @Order(1)}); what comes after shares the test broker with
 * the other Ordertrail, and a second server's listeners would take its messages.
 */
public class InContainerClassesDone implements TestExecutionListener {

    private static final Logger LOG = Logger.getLogger(InContainerClassesDone.class.getName());

    /** The in-container classes of this run not done yet, by their unique id. */
    private final Set<String> remaining = ConcurrentHashMap.newKeySet();

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        remaining.clear();
        plan.getRoots()
                .forEach(root -> plan.getDescendants(root).forEach(test -> {
                    if (test.getSource().orElse(null) instanceof ClassSource source && deploysAnArchive(source)) {
                        remaining.add(test.getUniqueId());
                    }
                }));
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        done(test);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        done(test);
    }

    private void done(TestIdentifier test) {
        if (remaining.remove(test.getUniqueId()) && remaining.isEmpty()) {
            try {
                PayaraMicroAwaitingTheTestServlet.stopKeptServer();
            } catch (DeploymentException | RuntimeException e) {
                // a listener's exception fails no test: said here, and the next server's start shows what it left
                LOG.log(Level.SEVERE, "Could not stop the Payara Micro of the in-container tests", e);
            }
        }
    }

    /** An Arquillian class: it has a static {@code @Deployment} method. */
    static boolean deploysAnArchive(ClassSource source) {
        Class<?> type = source.getJavaClass(); // loaded already: JUnit found the class
        return Arrays.stream(type.getDeclaredMethods())
                .filter(method -> Modifier.isStatic(method.getModifiers()))
                .map(Method::getDeclaredAnnotations)
                .flatMap(Arrays::stream)
                .anyMatch(annotation -> annotation.annotationType() == Deployment.class);
    }
}
