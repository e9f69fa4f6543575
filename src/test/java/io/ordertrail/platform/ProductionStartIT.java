package io.ordertrail.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ordertrail.devstack.EmbeddedBroker;
import io.ordertrail.devstack.PayaraMicro;
import io.ordertrail.orders.NewOrderPage;
import io.ordertrail.testsupport.Browser;
import io.ordertrail.testsupport.Directories;
import io.ordertrail.testsupport.HttpSession;
import io.ordertrail.testsupport.ItEnvironment;
import io.ordertrail.testsupport.OwnOrdertrail;
import io.ordertrail.testsupport.UsersPage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new company's first start, as the README tells it: no demo data, an empty database, production secrets, and the
 * one-time bootstrap of the first ADMIN, who staffs the desk from the Users page. And the start that must not
 * happen: no demo data but the embedded set-up's demo secrets. Each runs its own Payara Micro with its own broker
 * and database, so nothing here touches the shared test deployment.
 */
@Tag(OwnOrdertrail.OWN_H2)
@Order(4)
class ProductionStartIT {

    private static final String ADMIN = "chief";
    private static final String ADMIN_PASSWORD = "amber harbour quiet morning";
    private static final String SALES_PASSWORD = "copper kettle morning rain";

    @TempDir
    static Path data;

    private static EmbeddedBroker broker;
    private static PayaraMicro production;

    @BeforeAll
    static void startAsANewCompanyWould() throws Exception {
        String jmsPassword = randomSecret();
        broker = EmbeddedBroker.start(
                Path.of(System.getProperty("ordertrail.brokerConfig")),
                data.resolve("broker"),
                freePort(),
                3,
                new EmbeddedBroker.ApplicationUser("ordertrail", jmsPassword));
        Map<String, String> environment = productionEnvironment(jmsPassword);
        environment.put("ORDERTRAIL_BOOTSTRAP_ADMIN", ADMIN);
        environment.put("ORDERTRAIL_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        production = start("production", environment);
        production.awaitReady(Duration.ofSeconds(180));
    }

    @AfterAll
    static void stop() throws Exception {
        if (production != null) {
            production.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void theBootstrappedAdminStaffsTheDeskAndTheNewClerkTakesAnOrder() throws Exception {
        HttpSession demo = new HttpSession(production.baseUri());
        demo.signIn("admin", "demo");
        assertThat(demo.lastSignInLocation()).as("no demo users in production").contains("failed=true");

        try (Browser admin = Browser.open(production.baseUri());
                Browser clerk = Browser.open(production.baseUri())) {
            admin.signInAs(ADMIN, ADMIN_PASSWORD);
            UsersPage.add(admin, "sara.sales", "SALES", SALES_PASSWORD);
            importACatalog(admin);
            admin.screenshot("production-first-admin-import");

            clerk.signInAs("sara.sales", SALES_PASSWORD);
            String orderNumber = new NewOrderPage(clerk)
                    .newCustomer("Första Kunden AB", "inkop@forsta.example", "+46 8 555 0199", "Storgatan 1, Falun")
                    .line(0, "FIRST", "FIRST-01", 3)
                    .record();
            assertThat(orderNumber).startsWith("ORD-");
            assertThat(clerk.text("orderNumber")).isEqualTo(orderNumber);
            clerk.assertNoJavaScriptErrors();
            clerk.go("/account.xhtml"); // a page without polls: the next request is the clerk's own click

            admin.go("/admin/users.xhtml");
            UsersPage.confirm(admin, "sara.sales", "disable");

            clerk.byId("accountForm:changePassword").click();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> clerk.currentUrl().contains("ended=true"));
            assertThat(clerk.text("sessionEnded")).contains("your account was disabled");
        }
    }

    @Test
    void theDemoSecretsWithoutDemoDataDoNotStart() throws Exception {
        Map<String, String> environment = productionEnvironment("irrelevant");
        environment.put("ORDERTRAIL_DB_PASSWORD", "ordertrail"); // the embedded set-up's value
        environment.put("ORDERTRAIL_JMS_PASSWORD", "ordertrail");
        Path log = data.resolve("refused.log");
        try (PayaraMicro refused = start("refused", environment)) {
            await().atMost(Duration.ofSeconds(180))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> Files.exists(log)
                            && Files.readString(log).contains("Ordertrail does not start in production"));
            assertThat(Files.readString(log))
                    .contains("ORDERTRAIL_DB_PASSWORD is the demo value")
                    .contains("ORDERTRAIL_JMS_PASSWORD is the demo value");
            HttpResponse<String> login = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(refused.baseUri().resolve("/login.xhtml"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).as("the application is not served").isNotEqualTo(200);
        }
    }

    private static void importACatalog(Browser admin) throws IOException {
        Path csv = data.resolve("first-products.csv");
        Files.writeString(csv, "code,name,unit_code,unit_price\nFIRST-01,First primer 1 l,EA,19.90\n");
        admin.go("/admin/import.xhtml");
        admin.byId("importForm:file_input").sendKeys(csv.toAbsolutePath().toString());
        admin.awaitAjax();
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> assertThat(admin.text("importForm:messages")).contains("1 products rows imported"));
    }

    private static Map<String, String> productionEnvironment(String jmsPassword) throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Map<String, String> environment = new HashMap<>();
        environment.put("ORDERTRAIL_DEMO_DATA", "false");
        // a database of its own, empty: H2 in both passes (the test run's variables, inherited, name the shared one)
        environment.put("ORDERTRAIL_DB_URL", "jdbc:h2:file:" + data.resolve("db-" + System.nanoTime()) + "/ordertrail");
        environment.put("ORDERTRAIL_DB_DATASOURCE", "org.h2.jdbcx.JdbcDataSource");
        environment.put("ORDERTRAIL_DB_USER", "ordertrail");
        environment.put("ORDERTRAIL_DB_PASSWORD", randomSecret());
        environment.put("ORDERTRAIL_JMS_PORT", String.valueOf(broker.port()));
        environment.put("ORDERTRAIL_JMS_PASSWORD", jmsPassword);
        environment.put(
                "ORDERTRAIL_CONFIRMATION_SIGNING_KEY", Base64.getEncoder().encodeToString(key));
        environment.put("ORDERTRAIL_SMTP_PORT", System.getProperty("ordertrail.it.smtpPort"));
        return environment;
    }

    private static PayaraMicro start(String name, Map<String, String> environment) throws IOException {
        int port = freePort();
        environment.put("ORDERTRAIL_PUBLIC_URL", "http://localhost:" + port);
        Path runtime = data.resolve(name + "-payara-runtime");
        Directories.deleteRecursively(runtime);
        return PayaraMicro.start(ItEnvironment.launch(runtime, port, environment, data.resolve(name + ".log")));
    }

    private static String randomSecret() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
