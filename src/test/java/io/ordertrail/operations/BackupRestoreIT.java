package io.ordertrail.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ordertrail.testsupport.ApiClient;
import io.ordertrail.testsupport.Directories;
import io.ordertrail.testsupport.ItEnvironment;
import io.ordertrail.testsupport.OwnOrdertrail;
import io.ordertrail.testsupport.SharedOrdertrail;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Backup and restore of the run command's set-up, as the README tells an admin to do it: stop, back up, lose the data
 * directory, restore into an empty one. The order taken before the backup is back with all its versions and its
 * confirmation.
 */
class BackupRestoreIT {

    @Test
    @Tag(OwnOrdertrail.OWN_H2)
    void anOrderTakenBeforeTheBackupIsBackWithItsVersionsAndCommunications() throws Exception {
        Path data = ItEnvironment.dataDir().resolve("backup-it");
        OwnOrdertrail instance = OwnOrdertrail.start(data, Map.of());
        String number;
        try {
            number = orderConfirmedAndAmended(ApiClient.integration(instance.baseUri()));
        } finally {
            // the embedded set-up is backed up stopped (Ctrl-C): H2 keeps its file to itself while it runs
            instance.close();
        }
        Facts before = facts(h2(data), number);
        assertThat(before.currentVersion()).isEqualTo(2);
        assertThat(before.versions()).isGreaterThanOrEqualTo(1);
        assertThat(before.communications()).isGreaterThanOrEqualTo(1);

        Path backup = ItEnvironment.dataDir().resolve("backup-it.tar.gz");
        Files.deleteIfExists(backup);
        assertThat(script("backup.sh", data, backup.toString())).contains("Backed up to " + backup);

        Directories.deleteRecursively(data); // the data directory is lost: database, broker journal, archive
        assertThat(script("restore.sh", data, backup.toString())).contains("Restored the backup of");

        assertThat(facts(h2(data), number)).isEqualTo(before);
        assertThat(script("restore.sh", data, backup.toString()))
                .as("a restore never overwrites a database that is there")
                .contains("There is a database at");
    }

    /**
     * PostgreSQL, online: the shared instance's database is backed up while it runs, and restored into another,
     * empty database ({@code it.restore.db.url}: CI creates it).
     */
    @Test
    @EnabledIfEnvironmentVariable(named = "ORDERTRAIL_DB_DATASOURCE", matches = ".*postgresql.*")
    void onPostgresqlTheBackupIsTakenOnlineAndRestoredIntoAnEmptyDatabase() throws Exception {
        String restoreInto = System.getProperty("ordertrail.it.restoreDbUrl", "");
        assertThat(restoreInto)
                .as("an empty database to restore into: -Dit.restore.db.url=jdbc:postgresql://…")
                .startsWith("jdbc:postgresql://");
        String shared = System.getProperty("ordertrail.it.sharedDbUrl");
        String number = orderConfirmedAndAmended(ApiClient.integration(SharedOrdertrail.baseUri()));
        // the confirmation is sent by the relay: wait until it is on record
        await().atMost(Duration.ofSeconds(30))
                .until(() -> facts(postgres(shared), number).communications() >= 1);
        Facts before = facts(postgres(shared), number);

        Path backup = ItEnvironment.dataDir().resolve("backup-pg-it.tar.gz");
        Files.deleteIfExists(backup);
        Map<String, String> database = Map.of("ORDERTRAIL_DB_URL", shared);
        assertThat(script("backup.sh", ItEnvironment.dataDir(), backup.toString(), database))
                .contains("Backed up to " + backup);
        Path elsewhere = ItEnvironment.dataDir().resolve("restore-pg-it"); // another machine's data directory
        Directories.deleteRecursively(elsewhere);
        assertThat(script("restore.sh", elsewhere, backup.toString(), Map.of("ORDERTRAIL_DB_URL", restoreInto)))
                .contains("Restored the backup of");

        assertThat(facts(postgres(restoreInto), number)).isEqualTo(before);
    }

    /** A new customer's order, confirmed by email and amended once: versions and a communication to bring back. */
    private static String orderConfirmedAndAmended(ApiClient api) throws Exception {
        String customer = ApiClient.field(ok(api.post("customers", """
                {"name":"Backup customer","email":"backup@example.com",
                 "defaultDeliveryAddress":"1 Harbour Road, Bristol BS1 5TT"}""")), "customerNumber");
        HttpResponse<String> order = ok(api.post("orders", """
                {"customerNumber":"%s","lines":[{"productCode":"RLR-230","quantity":2}],
                 "deliveryAddress":"1 Harbour Road, Bristol BS1 5TT"}""".formatted(customer)));
        String number = ApiClient.field(order, "orderNumber");
        ok(api.post("orders/" + number + "/confirmations", "{\"email\":\"backup@example.com\"}"));
        ok(api.send(
                "PUT", "orders/" + number, order.headers().firstValue("ETag").orElseThrow(), """
                {"lines":[{"productCode":"RLR-230","quantity":3}],"deliveryAddress":"1 Harbour Road, Bristol BS1 5TT",
                 "request":{"requestedBy":"Backup customer","verifiedHow":"signed in to the customer account",
                            "reference":"change 1","reason":"QUANTITY_CHANGE"}}"""));
        return number;
    }

    /** What the database holds of the order: its current version, its versions kept, its communications. */
    record Facts(int currentVersion, int versions, int communications, String status) {}

    private static Connection h2(Path data) throws Exception {
        return DriverManager.getConnection(
                "jdbc:h2:file:" + data.resolve("db/ordertrail") + ";IFEXISTS=TRUE", "ordertrail", "ordertrail");
    }

    private static Connection postgres(String url) throws Exception {
        return DriverManager.getConnection(
                url, System.getenv("ORDERTRAIL_DB_USER"), System.getenv("ORDERTRAIL_DB_PASSWORD"));
    }

    private static Facts facts(Connection database, String number) throws Exception {
        try (Connection connection = database) {
            return new Facts(
                    count(connection, "select order_version from customer_order where order_number = ?", number),
                    count(
                            connection,
                            "select count(*) from order_version_record v join customer_order o on o.id = v.order_id"
                                    + " where o.order_number = ?",
                            number),
                    count(connection, "select count(*) from communication where order_number = ?", number),
                    text(connection, "select status from customer_order where order_number = ?", number));
        }
    }

    private static int count(Connection connection, String sql, String number) throws Exception {
        return Integer.parseInt(text(connection, sql, number));
    }

    private static String text(Connection connection, String sql, String number) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, number);
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).as(sql).isTrue();
                return rows.getString(1);
            }
        }
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(() -> ApiClient.explain(response)).isBetween(200, 202);
        return response;
    }

    private static String script(String name, Path data, String backup) throws IOException, InterruptedException {
        return script(name, data, backup, Map.of());
    }

    /** Runs a backup script as an admin would, with the set-up's variables ({@code database}: PostgreSQL's). */
    private static String script(String name, Path data, String backup, Map<String, String> database)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "server-config/backup/" + name, backup));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("ORDERTRAIL_DATA_DIR", data.toString());
        // the test run's own variables name the shared database: this set-up is the run command's
        builder.environment().remove("ORDERTRAIL_DB_URL");
        builder.environment().remove("ORDERTRAIL_DB_DATASOURCE");
        builder.environment().remove("ORDERTRAIL_RECORDS_ARCHIVE_DIR");
        builder.environment().putAll(database);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        return output;
    }
}
