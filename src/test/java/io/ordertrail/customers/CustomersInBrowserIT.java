package io.ordertrail.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ordertrail.orders.NewOrderPage;
import io.ordertrail.testsupport.Browser;
import io.ordertrail.testsupport.ItEnvironment;
import io.ordertrail.testsupport.SharedOrdertrail;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * Customers kept up to date on their page: a second delivery address and a GLN, saved with a reason as a version,
 * then used by an ERP document through the real broker, while the earlier order keeps the address it was taken
 * with; and the ADMIN's CSV import, all or nothing.
 */
@Order(3)
public class CustomersInBrowserIT {

    @TempDir
    Path files;

    /** A GS1 GLN that nobody else in the shared database has: 12 random digits and the check digit. */
    public static String newGln() {
        StringBuilder digits = new StringBuilder("73");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (digits.length() < 12) {
            digits.append(random.nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return digits.append((10 - sum % 10) % 10).toString();
    }

    @Test
    void aSecondDeliveryAddressAndAGlnAreUsedByTheNextErpOrderWhileTheOldOrderKeepsItsAddress() throws Exception {
        String name = "Gävle Bygg " + UUID.randomUUID().toString().substring(0, 6);
        String gln = newGln();
        String warehouseGln = newGln();
        try (Browser sales = Browser.open(SharedOrdertrail.baseUri());
                Browser admin = Browser.open(SharedOrdertrail.baseUri())) {
            sales.signInAs("sales").go("/customers/customer.xhtml");
            sales.type("customerForm:name", name)
                    .type("customerForm:email", "inkop@gavlebygg.example")
                    .type("customerForm:addresses:0:address", "Storgatan 1, 803 20 Gävle")
                    .type("customerForm:reason", "New customer, phone call");
            sales.click("customerForm:save");
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> sales.currentUrl().contains("number=C-"));
            String number = sales.currentUrl().replaceAll(".*number=(C-\\d+).*", "$1");
            assertThat(sales.text("customerLabel")).isEqualTo(number + " · " + name);
            assertThat(sales.text("version")).isEqualTo("version 1");

            String oldOrder = new NewOrderPage(sales)
                    .customer(number, number)
                    .line(0, "PNT-WHT", "PNT-WHT-10", 2)
                    .record();
            assertThat(sales.text("deliveryTo")).isEqualTo("Storgatan 1, 803 20 Gävle");

            sales.go("/customers/customer.xhtml?number=" + number);
            sales.click("customerForm:addAddress");
            sales.type("customerForm:addresses:1:label", "Warehouse")
                    .type("customerForm:addresses:1:address", "Hamnvägen 2, 802 82 Gävle")
                    .type("customerForm:addresses:1:locationId", warehouseGln);
            sales.click("customerForm:addresses:1:default");
            sales.click("customerForm:addIdentifier");
            sales.type("customerForm:identifiers:0:value", gln);

            sales.click("customerForm:save"); // without a reason
            assertThat(sales.text("customerForm:reasonMessage")).contains("Say why the customer’s record changes");
            assertThat(sales.text("version")).as("nothing stored").isEqualTo("version 1");

            sales.type("customerForm:reason", "Customer's email: deliveries to the new warehouse");
            sales.click("customerForm:save");
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(sales.text("version")).isEqualTo("version 2"));
            assertThat(sales.text("versions"))
                    .contains("Customer's email: deliveries to the new warehouse")
                    .contains("Identifier GLN: (none) → " + gln)
                    .contains("Warehouse · Hamnvägen 2, 802 82 Gävle · location " + warehouseGln + " · default");
            sales.screenshot("customer-page");
            sales.assertNoJavaScriptErrors();

            // the ADMIN lets an ERP partner act for the customer; the partner sends an order naming its GLNs
            String partner = "it-gavle-" + UUID.randomUUID().toString().substring(0, 6);
            admin.signInAs("admin").go("/admin/erp-partners.xhtml");
            admin.type("partnerForm:name", partner)
                    .type("partnerForm:description", "Gävle Bygg's ERP")
                    .type("partnerForm:buyers", number)
                    .click("partnerForm:save");
            String password = admin.visible("partnerPassword").getText();

            String answer = sendOrder(partner, password, gln, warehouseGln);
            assertThat(answer).contains("<cbc:OrderResponseCode>AP</cbc:OrderResponseCode>");
            Matcher salesOrderId = Pattern.compile("<cbc:SalesOrderID>([^<]+)</cbc:SalesOrderID>")
                    .matcher(answer);
            assertThat(salesOrderId.find()).as("the answer names our order").isTrue();

            sales.go("/orders/order.xhtml?number=" + salesOrderId.group(1));
            assertThat(sales.text("customer")).startsWith(number);
            assertThat(sales.text("deliveryTo")).isEqualTo("Hamnvägen 2, 802 82 Gävle");
            sales.go("/orders/order.xhtml?number=" + oldOrder);
            assertThat(sales.text("deliveryTo")).as("the old order").isEqualTo("Storgatan 1, 803 20 Gävle");

            sales.go("/customers/list.xhtml");
            sales.type("customersForm:search", warehouseGln);
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(sales.text("customersForm:customers"))
                            .contains(number)
                            .doesNotContain("C-1001"));
        }
    }

    private static String sendOrder(String partner, String password, String buyerGln, String deliveryGln)
            throws Exception {
        String id = "GLN-" + UUID.randomUUID();
        String xml;
        try (InputStream in =
                CustomersInBrowserIT.class.getClassLoader().getResourceAsStream("ubl/UBL-Order-2.1-Example.xml")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("<cbc:ID>34</cbc:ID>", "<cbc:ID>" + id + "</cbc:ID>")
                    .replace(">7300070011115<", ">" + buyerGln + "<")
                    .replace(
                            ">1234567890123</cbc:ID>\n        <cbc:Postbox>",
                            ">" + deliveryGln + "</cbc:ID>\n" + "        <cbc:Postbox>");
        }
        assertThat(xml).contains(deliveryGln);
        ActiveMQConnectionFactory broker = new ActiveMQConnectionFactory(
                "tcp://127.0.0.1:" + ItEnvironment.broker().port());
        try (JMSContext jms = broker.createContext(partner, password)) {
            Queue replies = jms.createQueue("erp.answers." + partner + ".it");
            try (JMSConsumer answers = jms.createConsumer(replies)) {
                jms.createProducer().setJMSReplyTo(replies).send(jms.createQueue("erp.orders.in"), xml);
                Message answer = answers.receive(Duration.ofSeconds(30).toMillis());
                assertThat(answer).as("an answer within 30 s").isInstanceOf(TextMessage.class);
                String text = ((TextMessage) answer).getText();
                assertThat(text).contains("<cbc:ID>" + id + "</cbc:ID>");
                return text;
            }
        }
    }

    @Test
    void aCustomerFileWithABadLineStoresNothingAndNamesTheLineThenTheCorrectedFileImports() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String gln = newGln();
        String bad = "customer_number,name,email,phone,delivery_address,gln,contact_name\n"
                + ",Import A " + tag + ",a@" + tag + ".example,,Road 1 Leeds,,Ann\n"
                + ",Import B " + tag + ",not-an-email,,Road 2 Leeds," + gln + ",Bob\n";
        try (Browser admin = Browser.open(SharedOrdertrail.baseUri())) {
            admin.signInAs("admin").go("/customers/list.xhtml");
            upload(admin, "customers-bad.csv", bad);
            // the upload starts on its own after the file is chosen: wait for its answer
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(admin.text("importForm:problems"))
                            .contains("customers-bad.csv was not imported")
                            .contains("Line 3: email: “not-an-email” is not an email address"));
            assertThat(admin.all(By.cssSelector("[id='importForm:problemRows_data'] tr")))
                    .hasSize(1);
            admin.type("customersForm:search", tag);
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(admin.text("customersForm:customers"))
                            .as("nothing stored, not even line 2")
                            .contains("No customer matches."));

            upload(admin, "customers.csv", bad.replace("not-an-email", "b@" + tag + ".example"));
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(admin.text("importForm:importMessages"))
                            .contains("customers.csv: 2 customers imported."));
            admin.go("/customers/list.xhtml?q=" + gln);
            assertThat(admin.text("customersForm:customers"))
                    .contains("Import B " + tag)
                    .contains("Bob");
            admin.screenshot("customers-import");
            admin.assertNoJavaScriptErrors();
        }
    }

    private void upload(Browser browser, String name, String content) throws Exception {
        Path file = files.resolve(name);
        Files.writeString(file, content);
        browser.byId("importForm:file_input").sendKeys(file.toAbsolutePath().toString());
        browser.awaitAjax();
    }
}
