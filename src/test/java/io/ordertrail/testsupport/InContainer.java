package io.ordertrail.testsupport;

import jakarta.annotation.security.RunAs;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.hamcrest.Matcher;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** In-container tests: the real WAR, with the test's helpers and the libraries the test itself uses. */
public final class InContainer {

    /**
     * The in-container test classes. They all deploy {@link #ordertrail()}, which holds every one of them with every
     * helper and resource they use, so that their deployments are the same archive and one server runs them all
     * ({@link PayaraMicroAwaitingTheTestServlet}); a class not named here still runs, on a server of its own.
     */
    private static final List<String> TEST_CLASSES = List.of(
            "io.ordertrail.erp.ErpOrdersThroughBrokerIT",
            "io.ordertrail.erp.PeppolOrdersThroughBrokerIT",
            "io.ordertrail.handover.HandoverThroughBrokerIT",
            "io.ordertrail.orders.AmendOrdersThroughBrokerIT",
            "io.ordertrail.records.RecordsRetentionIT",
            "io.ordertrail.review.ReviewFiguresIT");

    private static final List<Class<?>> HELPERS = List.of(
            AsSales.class,
            AsAdmin.class,
            AsManager.class,
            AsInventory.class,
            AsFulfillment.class,
            AsBrokerUser.class,
            ControlledClock.class,
            HttpSession.class,
            PdfText.class,
            AccountLanguage.class,
            UnsavedIds.class);

    /** The folders of documents the in-container tests read from the class path: UBL's examples, PEPPOL's. */
    private static final List<String> DOCUMENTS = List.of("ubl", "peppol");

    private InContainer() {}

    /** The one archive of every in-container test class ({@link #TEST_CLASSES}). */
    public static WebArchive ordertrail() throws URISyntaxException {
        WebArchive war = ordertrailWith(HELPERS.toArray(Class<?>[]::new));
        for (String name : TEST_CLASSES) {
            try {
                war.addClass(Class.forName(name));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(
                        "InContainer names " + name + " as an in-container test class, and there is none", e);
            }
        }
        DOCUMENTS.forEach(war::addAsResource);
        return war;
    }

    private static WebArchive ordertrailWith(Class<?>... helpers) throws URISyntaxException {
        WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("ordertrail.war")))
                .addClasses(RunAsCaller.class, InContainer.class)
                .addClasses(helpers)
                .addAsLibraries(jarOf(Awaitility.class), jarOf(Matcher.class), jarOf(Assertions.class));
        return withRunAsPrincipals(war, helpers);
    }

    /**
     * Each {@code @RunAs} helper acts as the role's system principal ({@code payara-web.xml}), named in
     * {@code glassfish-ejb-jar.xml} as the application names its own: otherwise Payara may pick the role's group,
     * and the role is then refused.
     */
    private static WebArchive withRunAsPrincipals(WebArchive war, Class<?>... helpers) {
        String path = "WEB-INF/glassfish-ejb-jar.xml";
        String descriptor;
        try (InputStream in = war.get(path).getAsset().openStream()) {
            descriptor = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder beans = new StringBuilder();
        for (Class<?> helper : helpers) {
            RunAs runAs = helper.getAnnotation(RunAs.class);
            if (runAs != null) {
                beans.append("<ejb><ejb-name>")
                        .append(helper.getSimpleName())
                        .append("</ejb-name><principal><name>ordertrail-system-")
                        .append(runAs.value().toLowerCase(Locale.ROOT))
                        .append("</name></principal></ejb>\n");
            }
        }
        war.delete(path);
        return war.add(new StringAsset(descriptor.replace("</enterprise-beans>", beans + "</enterprise-beans>")), path);
    }

    private static File jarOf(Class<?> type) throws URISyntaxException {
        return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
