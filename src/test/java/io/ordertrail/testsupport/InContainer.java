package io.ordertrail.testsupport;

import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.hamcrest.Matcher;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** In-container tests: the real WAR, with the test's helpers and the libraries the test itself uses. */
public final class InContainer {

    private InContainer() {}

    public static WebArchive ordertrailWith(Class<?>... helpers) throws URISyntaxException {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("ordertrail.war")))
                .addClasses(RunAsCaller.class, InContainer.class)
                .addClasses(helpers)
                .addAsLibraries(jarOf(Awaitility.class), jarOf(Matcher.class), jarOf(Assertions.class));
    }

    private static File jarOf(Class<?> type) throws URISyntaxException {
        return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
