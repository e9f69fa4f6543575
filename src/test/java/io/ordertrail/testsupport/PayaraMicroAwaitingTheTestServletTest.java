package io.ordertrail.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.support.descriptor.ClassSource;

class PayaraMicroAwaitingTheTestServletTest {

    @Test
    void anArchiveIsDeployedAtItsNameWithoutTheExtension() {
        assertThat(PayaraMicroAwaitingTheTestServlet.contextRootOf("ordertrail.war"))
                .isEqualTo("ordertrail");
        assertThat(PayaraMicroAwaitingTheTestServlet.contextRootOf("ordertrail"))
                .isEqualTo("ordertrail");
    }

    @Test
    void theConsolesTroubleIsItsWarningsErrorsAndExceptionsWithoutStackFrames() {
        String console = String.join(
                "\n",
                "16:51:33 INFO    [PayaraMicro] Payara Micro Runtime directory is located at /tmp/rt",
                "16:51:37 WARNING [com.hazelcast.instance.impl.Node] Some of the ports seem occupied!",
                "16:51:45 SEVERE  [org.flywaydb.core] Unable to obtain connection from database",
                "org.h2.jdbc.JdbcSQLNonTransientConnectionException: Database may be already in use",
                "\tat org.h2.message.DbException.getJdbcSQLException(DbException.java:690)",
                "Caused by: java.lang.IllegalStateException: The file is locked",
                "    at org.h2.mvstore.FileStore.open(FileStore.java:172)",
                "",
                "16:51:50 INFO    [PayaraMicro] Deployed 1 archive(s)");

        assertThat(PayaraMicroAwaitingTheTestServlet.trouble(console, 40))
                .isEqualTo(String.join(
                        "\n",
                        "16:51:37 WARNING [com.hazelcast.instance.impl.Node] Some of the ports seem occupied!",
                        "16:51:45 SEVERE  [org.flywaydb.core] Unable to obtain connection from database",
                        "org.h2.jdbc.JdbcSQLNonTransientConnectionException: Database may be already in use",
                        "Caused by: java.lang.IllegalStateException: The file is locked"));
        assertThat(PayaraMicroAwaitingTheTestServlet.trouble(console, 2).lines())
                .as("at most the first lines asked for")
                .hasSize(2);
    }

    @Test
    void twoArchivesWithTheSameEntriesAreOneDeploymentAndAnotherEntryMakesAnother() {
        WebArchive first = ShrinkWrap.create(WebArchive.class, "ordertrail.war")
                .addClasses(AsSales.class, ControlledClock.class)
                .addAsResource(new StringAsset("<Order/>"), "ubl/order.xml");
        WebArchive same = ShrinkWrap.create(WebArchive.class, "ordertrail.war")
                .addAsResource(new StringAsset("<Order/>"), "ubl/order.xml")
                .addClasses(ControlledClock.class, AsSales.class);
        WebArchive more = ShrinkWrap.create(WebArchive.class, "ordertrail.war")
                .addClasses(AsSales.class, ControlledClock.class, PdfText.class)
                .addAsResource(new StringAsset("<Order/>"), "ubl/order.xml");

        assertThat(PayaraMicroAwaitingTheTestServlet.entriesOf(same))
                .isEqualTo(PayaraMicroAwaitingTheTestServlet.entriesOf(first))
                .contains("/WEB-INF/classes/ubl/order.xml");
        assertThat(PayaraMicroAwaitingTheTestServlet.entriesOf(more))
                .isNotEqualTo(PayaraMicroAwaitingTheTestServlet.entriesOf(first));
    }

    @Test
    void anArquillianClassIsOneWithAStaticDeploymentMethod() {
        assertThat(InContainerClassesDone.deploysAnArchive(ClassSource.from("io.ordertrail.review.ReviewFiguresIT")))
                .isTrue();
        assertThat(InContainerClassesDone.deploysAnArchive(
                        ClassSource.from("io.ordertrail.orders.RecordOrderInBrowserIT")))
                .isFalse();
    }
}
