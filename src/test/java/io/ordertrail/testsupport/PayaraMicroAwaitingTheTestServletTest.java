package io.ordertrail.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
