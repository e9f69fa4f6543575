package io.ordertrail.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ordertrail.customers.CustomersInBrowserIT;
import io.ordertrail.orders.NewOrderPage;
import io.ordertrail.orders.OrderPage;
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
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Orders short of a product with nothing planned have no promised date. When the inventory team plans a
 * replenishment, the orders are looked at again: the ERP buyer gets a new OrderResponse with the date, each order's
 * timeline says why its promise was restored, and a confirmed phone order is listed for sales to confirm again.
 */
@Order(3)
class ReplenishmentsInBrowserIT {

    @TempDir
    Path files;

    @Test
    void planningAReplenishmentRestoresThePromisesOfTheOrdersShortOfIt() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String product = "RPL-" + tag;
        try (Browser admin = Browser.open(SharedOrdertrail.baseUri());
                Browser sales = Browser.open(SharedOrdertrail.baseUri());
                Browser inventory = Browser.open(SharedOrdertrail.baseUri())) {
            // a product with none in stock and none planned
            admin.signInAs("admin").go("/admin/import.xhtml");
            upload(admin, "product.csv", "code,name,unit_code,unit_price\n" + product + ",Wall plug 8 mm,C62,2.50\n");
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(
                            () -> assertThat(admin.text("importForm:messages")).contains("1 products rows imported"));
            admin.byId("importForm:kind").findElements(By.tagName("label")).stream()
                    .filter(b -> b.getText().equals("Stock"))
                    .findFirst()
                    .orElseThrow()
                    .click();
            admin.awaitAjax();
            upload(admin, "stock.csv", "code,location,on_hand\n" + product + ",MAIN,0\n");
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(
                            () -> assertThat(admin.text("importForm:messages")).contains("1 stock rows imported"));

            // a new ERP buyer (no history, so nothing is flagged for a double-check) orders it: no date can be given
            String gln = CustomersInBrowserIT.newGln();
            sales.signInAs("sales").go("/customers/customer.xhtml");
            sales.type("customerForm:name", "Bygg ERP " + tag)
                    .type("customerForm:email", "erp@bygg.example")
                    .type("customerForm:addresses:0:address", "Industrivägen 9, Uppsala")
                    .click("customerForm:addIdentifier");
            sales.type("customerForm:identifiers:0:value", gln)
                    .type("customerForm:reason", "New ERP buyer")
                    .click("customerForm:save");
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> sales.currentUrl().contains("number=C-"));
            String buyer = sales.currentUrl().replaceAll(".*number=(C-\\d+).*", "$1");
            String partner = "it-rpl-" + tag.toLowerCase();
            admin.go("/admin/erp-partners.xhtml");
            admin.type("partnerForm:name", partner)
                    .type("partnerForm:description", "Bygg's ERP")
                    .type("partnerForm:buyers", buyer)
                    .click("partnerForm:save");
            String password = admin.visible("partnerPassword").getText();
            ActiveMQConnectionFactory broker = new ActiveMQConnectionFactory(
                    "tcp://127.0.0.1:" + ItEnvironment.broker().port());
            try (JMSContext jms = broker.createContext(partner, password)) {
                Queue replies = jms.createQueue("erp.answers." + partner + ".it");
                try (JMSConsumer answers = jms.createConsumer(replies)) {
                    jms.createProducer().setJMSReplyTo(replies).send(jms.createQueue("erp.orders.in"), order(tag, gln));
                    String first = text(answers.receive(Duration.ofSeconds(30).toMillis()));
                    Matcher number = Pattern.compile("<cbc:SalesOrderID>([^<]+)</cbc:SalesOrderID>")
                            .matcher(first);
                    assertThat(number.find())
                            .as("the order was taken: " + first)
                            .isTrue();
                    String erpOrder = number.group(1);
                    assertThat(first).doesNotContain("PromisedDeliveryPeriod");

                    // a phone order for it, confirmed to the customer by a call
                    String phoneOrder = new NewOrderPage(sales) // a new customer: no history to flag against
                            .newCustomer(
                                    "Plugg AB " + tag,
                                    "inkop@plugg.example",
                                    "+46 8 555 0199",
                                    "Ringvägen 4, Stockholm")
                            .line(0, "RPL", product, 3)
                            .record();
                    assertThat(sales.text("estimatedDate")).isEqualTo("No date yet");
                    new OrderPage(sales, phoneOrder).confirmBy("Call").awaitStatus("Confirmed");

                    // inventory sees both orders short of it, and plans a replenishment
                    inventory.signInAs("inventory").go("/inventory/stock.xhtml");
                    await().atMost(Duration.ofSeconds(20))
                            .untilAsserted(() -> assertThat(inventory
                                            .go("/inventory/stock.xhtml")
                                            .text("stockForm:waiting"))
                                    .contains(erpOrder)
                                    .contains(phoneOrder));
                    LocalDate expected = LocalDate.now().plusDays(10);
                    rowOf(inventory, product)
                            .findElement(By.cssSelector("[id$=':plan']"))
                            .click();
                    inventory.visible("replenishmentForm:quantity_input");
                    inventory
                            .type("replenishmentForm:quantity_input", "100")
                            .type("replenishmentForm:reference", "PO-" + tag)
                            .click("replenishmentForm:save");
                    assertThat(inventory.text("replenishmentForm")).contains("Give the day they are expected.");
                    inventory.type("replenishmentForm:expectedOn_input", expected.toString());
                    inventory.click("replenishmentForm:save");
                    await().atMost(Duration.ofSeconds(10))
                            .untilAsserted(() -> assertThat(inventory.text("stockForm:messages"))
                                    .contains("100 expected " + englishDate(expected) + " (PO-" + tag + ")")
                                    .contains(erpOrder)
                                    .contains(phoneOrder));
                    assertThat(inventory.text("stockForm:replenishments")).contains("PO-" + tag);
                    inventory.screenshot("stock-replenishment-planned");
                    inventory.assertNoJavaScriptErrors();

                    // the ERP buyer is answered again, with the date
                    String again = text(answers.receive(Duration.ofSeconds(30).toMillis()));
                    assertThat(again)
                            .contains("<cbc:SalesOrderID>" + erpOrder + "</cbc:SalesOrderID>")
                            .contains("PromisedDeliveryPeriod")
                            .contains("a delivery date can be promised again");

                    sales.go("/orders/order.xhtml?number=" + erpOrder);
                    assertThat(sales.text("estimatedDate")).isNotEqualTo("No date yet");
                    assertThat(sales.text("timeline"))
                            .contains("Promise restored")
                            .contains("Replenishment planned: 100 expected " + englishDate(expected) + " (PO-" + tag
                                    + ")");

                    sales.go("/orders/order.xhtml?number=" + phoneOrder);
                    assertThat(sales.text("reconfirmationNeeded")).contains("re-confirm");
                    sales.go("/orders/confirmations.xhtml");
                    assertThat(sales.text("reconfirmForm:reconfirm"))
                            .contains(phoneOrder)
                            .contains("Promise changed");
                    sales.screenshot("orders-to-confirm-again");
                }
            }
        }
    }

    private static String order(String tag, String buyerGln) throws Exception {
        try (InputStream in =
                ReplenishmentsInBrowserIT.class.getClassLoader().getResourceAsStream("ubl/UBL-Order-2.1-Example.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("<cbc:ID>34</cbc:ID>", "<cbc:ID>RPL-" + tag + "-" + UUID.randomUUID() + "</cbc:ID>")
                    .replace("<cbc:ID>SItemNo011</cbc:ID>", "<cbc:ID>RPL-" + tag + "</cbc:ID>")
                    .replace(">7300070011115<", ">" + buyerGln + "<");
        }
    }

    private static String text(Message message) throws Exception {
        assertThat(message).as("an answer within 30 s").isInstanceOf(TextMessage.class);
        return ((TextMessage) message).getText();
    }

    private void upload(Browser browser, String name, String content) throws Exception {
        Path file = files.resolve(name);
        Files.writeString(file, content);
        browser.byId("importForm:file_input").sendKeys(file.toAbsolutePath().toString());
        browser.awaitAjax();
    }

    private static WebElement rowOf(Browser browser, String code) {
        return browser.all(By.cssSelector("[id='stockForm:levels_data'] tr")).stream()
                .filter(tr -> tr.getText().contains(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError(code + " is not on the stock page"));
    }

    /** A day as the English pages write it: "Sat 12 Dec 2026". */
    private static String englishDate(LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy", java.util.Locale.ENGLISH));
    }
}
