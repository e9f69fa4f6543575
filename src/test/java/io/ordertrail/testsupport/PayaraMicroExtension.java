package io.ordertrail.testsupport;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/** Puts {@link PayaraMicroAwaitingTheTestServlet} in place of Payara's own managed Payara Micro container. */
public class PayaraMicroExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.override(
                DeployableContainer.class,
                PayaraMicroDeployableContainer.class,
                PayaraMicroAwaitingTheTestServlet.class);
    }
}
