package io.ordertrail.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.ordertrail.testsupport.Browser;
import io.ordertrail.testsupport.OnlinePlatform;
import io.ordertrail.testsupport.SharedOrdertrail;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * On PostgreSQL the trail is append-only for the application's database role: UPDATE and DELETE are refused. And
 * when the table's owner switches that off and changes an entry, the ADMIN's verification points at that entry.
 */
@Order(3)
@EnabledIfEnvironmentVariable(named = "ORDERTRAIL_DB_DATASOURCE", matches = ".*postgresql.*")
class AuditTrailOnPostgresIT {

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(
                System.getProperty("ordertrail.it.sharedDbUrl"),
                System.getenv("ORDERTRAIL_DB_USER"),
                System.getenv("ORDERTRAIL_DB_PASSWORD"));
    }

    @Test
    void theApplicationCannotRewriteTheTrailAndAChangeByTheOwnerIsFoundWhereItIs() throws Exception {
        String orderNumber = OnlinePlatform.recordedOrder();
        try (Connection db = database();
                Browser admin = Browser.open(SharedOrdertrail.baseUri())) {
            long[] sealed = new long[2]; // entry id, position
            String[] original = new String[1];
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                try (PreparedStatement q = db.prepareStatement("select e.id, s.position, e.content from audit_entry e"
                        + " join audit_seal s on s.entry_id = e.id where e.subject_id = ? order by s.position")) {
                    q.setString(1, orderNumber);
                    try (ResultSet rs = q.executeQuery()) {
                        if (!rs.next()) {
                            return false;
                        }
                        sealed[0] = rs.getLong(1);
                        sealed[1] = rs.getLong(2);
                        original[0] = rs.getString(3);
                        return true;
                    }
                }
            });

            try (Statement s = db.createStatement()) {
                assertThatThrownBy(
                                () -> s.executeUpdate("update audit_entry set content = '{}' where id = " + sealed[0]))
                        .hasMessageContaining("the audit trail is append-only: UPDATE on audit_entry refused");
                assertThatThrownBy(() -> s.executeUpdate("delete from audit_seal where entry_id = " + sealed[0]))
                        .hasMessageContaining("the audit trail is append-only: DELETE on audit_seal refused");

                s.execute("alter table audit_entry disable trigger audit_entry_append_only");
                try {
                    s.executeUpdate("update audit_entry set content = '{\"rewritten\":true}' where id = " + sealed[0]);
                } finally {
                    s.execute("alter table audit_entry enable trigger audit_entry_append_only");
                }
            }
            try {
                admin.signInAs("admin").go("/records/audit.xhtml");
                admin.click("auditForm:verify");
                assertThat(admin.text("auditForm:verification"))
                        .contains("The chain is broken at position " + sealed[1] + " (entry " + sealed[0] + ")")
                        .contains("content was changed");
            } finally {
                // the shared trail is put back whatever was found, so that the other tests verify an intact chain
                try (Statement s = db.createStatement();
                        PreparedStatement restore =
                                db.prepareStatement("update audit_entry set content = ? where id = ?")) {
                    s.execute("alter table audit_entry disable trigger audit_entry_append_only");
                    try {
                        restore.setString(1, original[0]);
                        restore.setLong(2, sealed[0]);
                        restore.executeUpdate();
                    } finally {
                        s.execute("alter table audit_entry enable trigger audit_entry_append_only");
                    }
                }
            }
            admin.click("auditForm:verify");
            assertThat(admin.text("auditForm:verification")).contains("The chain is intact");
        }
    }
}
