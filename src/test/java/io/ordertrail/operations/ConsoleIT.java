package io.ordertrail.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ordertrail.devstack.PayaraMicro;
import io.ordertrail.testsupport.ApiClient;
import io.ordertrail.testsupport.Browser;
import io.ordertrail.testsupport.Directories;
import io.ordertrail.testsupport.ItEnvironment;
import io.ordertrail.testsupport.OwnOrdertrail;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The admin's server console, as the README walks through it: the Payara Server DAS started by
 * server-config/console/das.sh, and the run command's Payara Micro joined to its data grid. From the console the
 * admin sees the instance and what it runs, changes a log level on it, and changes a business setting that the next
 * order obeys, without a restart.
 */
@Tag(OwnOrdertrail.OWN_H2)
class ConsoleIT {

    /** Away from a console an admin may run on this machine (20000) and from the tests' other ports. */
    private static final int PORTBASE = 31000;

    private static final String INSTANCE = "ordertrail-console-it";

    private static Path consoleDir;
    private static OwnOrdertrail instance;

    @BeforeAll
    static void startTheConsoleAndAnInstanceJoinedToIt() throws Exception {
        consoleDir = ItEnvironment.dataDir().resolve("console");
        Directories.deleteRecursively(consoleDir);
        String started = das("start");
        assertThat(started).contains("Command start-domain executed successfully");

        instance = OwnOrdertrail.start(
                ItEnvironment.dataDir().resolve("console-instance"),
                Map.of(PayaraMicro.DAS_DATA_GRID, "127.0.0.1:" + (PORTBASE + 49), PayaraMicro.INSTANCE_NAME, INSTANCE));
    }

    @AfterAll
    static void stopThem() throws Exception {
        try {
            if (instance != null) {
                instance.close();
            }
        } finally {
            das("stop");
        }
    }

    @Test
    void theConsoleListsTheInstanceWithOrdertrailDeployed() throws Exception {
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(asadmin("list-hazelcast-cluster-members"))
                        .containsPattern("(?m)^" + INSTANCE + "\\s+\\S+\\s+MICRO\\s.*\\b" + instance.port()
                                + "\\b.*\\bordertrail\\b"));
    }

    @Test
    void aLogLevelIsChangedOnTheInstance() throws Exception {
        String answer = asadmin(
                "send-asadmin-command",
                "--targets=" + INSTANCE,
                "--command=set-log-levels",
                "--",
                "io.ordertrail.operations=FINE");

        assertThat(answer).contains("Command send-asadmin-command executed successfully");
        assertThat(Files.readString(instance.runtime().resolve("config/logging.properties")))
                .contains("io.ordertrail.operations.level=FINE");
    }

    @Test
    void theApprovalValueIsChangedFromTheConsoleAndTheNextOrderObeysIt() throws Exception {
        String customer = customer();
        // 2 rollers to the customer's own address: 24.80, well under the default approval value (10000)
        assertThat(order(customer, 2)).contains("\"status\":\"RECORDED\"").doesNotContain("HIGH_VALUE");

        String answer = asadmin(
                "send-asadmin-command",
                "--targets=" + INSTANCE,
                "--command=set-config-property",
                "--",
                "--propertyName=ordertrail.orders.approval-value",
                "--propertyValue=20",
                "--source=domain");
        assertThat(answer).contains("Command send-asadmin-command executed successfully");

        // no restart: the next order (within the config cache's 5 s) is over the new value and waits for approval
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(order(customer(), 2))
                        .contains("\"status\":\"AWAITING_APPROVAL\"")
                        .contains("is above 20, which always needs a second person"));

        // the admin's Settings page says so, and where the value came from
        try (Browser browser = Browser.open(instance.baseUri())) {
            browser.signInAs("admin").go("/admin/settings.xhtml");
            WebElement row = browser.all(By.xpath("//tr[.//code[text()='ordertrail.orders.approval-value']]"))
                    .get(0);
            assertThat(row.getText()).contains("ORDERTRAIL_ORDERS_APPROVAL_VALUE", "20", "server console", "at once");
            WebElement zone = browser.all(By.xpath("//tr[.//code[text()='ordertrail.calendar.zone']]"))
                    .get(0);
            assertThat(zone.getText()).contains("at the next start");
            // a secret shows only whether it is set
            WebElement key = browser.all(By.xpath("//tr[.//code[text()='ordertrail.confirmation.signing-key']]"))
                    .get(0);
            assertThat(key.getText()).containsAnyOf("(set, hidden)", "(not set)");
            browser.screenshot("admin-settings");
            browser.assertNoJavaScriptErrors();
        }
    }

    private static String customer() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return ApiClient.field(created("customers", """
                {"name":"Console customer %s","email":"console-%s@example.com",
                 "defaultDeliveryAddress":"1 Harbour Road, Bristol BS1 5TT"}""".formatted(unique, unique)), "customerNumber");
    }

    private static String order(String customerNumber, int quantity) throws Exception {
        return created("orders", """
                {"customerNumber":"%s","lines":[{"productCode":"RLR-230","quantity":%d}],
                 "deliveryAddress":"1 Harbour Road, Bristol BS1 5TT"}""".formatted(customerNumber, quantity)).body();
    }

    private static HttpResponse<String> created(String path, String body) throws Exception {
        HttpResponse<String> response =
                ApiClient.integration(instance.baseUri()).post(path, body);
        assertThat(response.statusCode()).as(() -> ApiClient.explain(response)).isEqualTo(201);
        return response;
    }

    /** asadmin against the console, signed in as its admin (the script keeps the password file). */
    private static String asadmin(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("asadmin"));
        command.addAll(List.of(arguments));
        return das(command.toArray(String[]::new));
    }

    private static String das(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "server-config/console/das.sh"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("ORDERTRAIL_CONSOLE_DIR", consoleDir.toString());
        builder.environment().put("ORDERTRAIL_CONSOLE_PORTBASE", String.valueOf(PORTBASE));
        builder.environment()
                .put(
                        "PAYARA_SERVER_HOME",
                        Path.of("target/console/payara6").toAbsolutePath().toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("das.sh " + String.join(" ", arguments) + " did not finish: " + output);
        }
        return output;
    }
}
