package io.ordertrail.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ordertrail.platform.Sha256;
import io.ordertrail.testsupport.Browser;
import io.ordertrail.testsupport.HttpSession;
import io.ordertrail.testsupport.ItEnvironment;
import io.ordertrail.testsupport.SharedOrdertrail;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;

/**
 * An order's full record for an auditor or a dispute (issue 16): an ERP order arrives over the broker; the manager
 * opens its record, places a legal hold and downloads the ZIP, whose manifest hashes match its files and whose
 * originals hold the UBL document exactly as it was sent.
 */
@Order(3)
class OrderRecordInBrowserIT {

    /** Sends the OASIS example under a new ID, as bytes, as the demo partner; returns the bytes and our order. */
    private static Map.Entry<byte[], String> sendErpOrder() throws Exception {
        String id = "RECORD-" + UUID.randomUUID();
        byte[] document;
        try (InputStream in =
                OrderRecordInBrowserIT.class.getClassLoader().getResourceAsStream("ubl/UBL-Order-2.1-Example.xml")) {
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("<cbc:ID>34</cbc:ID>", "<cbc:ID>" + id + "</cbc:ID>")
                    .getBytes(StandardCharsets.UTF_8);
        }
        ActiveMQConnectionFactory broker = new ActiveMQConnectionFactory(
                "tcp://127.0.0.1:" + ItEnvironment.broker().port());
        try (JMSContext jms = broker.createContext("demo-erp", "demo-erp-password")) {
            Queue replies = jms.createQueue("erp.answers.demo-erp.record-it");
            try (JMSConsumer answers = jms.createConsumer(replies)) {
                BytesMessage message = jms.createBytesMessage();
                message.writeBytes(document);
                jms.createProducer().setJMSReplyTo(replies).send(jms.createQueue("erp.orders.in"), message);
                Message answer = answers.receive(Duration.ofSeconds(30).toMillis());
                assertThat(answer).as("an answer within 30 s").isInstanceOf(TextMessage.class);
                Matcher number = Pattern.compile("<cbc:SalesOrderID>([^<]+)</cbc:SalesOrderID>")
                        .matcher(((TextMessage) answer).getText());
                assertThat(number.find()).as("the answer names our order").isTrue();
                return Map.entry(document, number.group(1));
            }
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    @Test
    void theManagerDownloadsAnErpOrdersFullRecordWithItsOriginalDocumentByteForByte() throws Exception {
        URI ordertrail = SharedOrdertrail.baseUri(); // running before the partner sends: it takes the document
        Map.Entry<byte[], String> sent = sendErpOrder();
        byte[] document = sent.getKey();
        String orderNumber = sent.getValue();

        try (Browser manager = Browser.open(ordertrail)) {
            manager.signInAs("manager").go("/orders/order.xhtml?number=" + orderNumber);
            manager.click("fullRecord");
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(manager.currentUrl()).contains("/records/order-record.xhtml"));
            assertThat(manager.text("originals")).contains("ERP_DOCUMENT").contains(Sha256.hex(document));

            manager.click("holdForm:placeHold");
            assertThat(manager.text("holdForm")).as("a hold needs a reason").contains("A reason is required");
            manager.type("holdForm:reason", "Customer dispute, case " + orderNumber)
                    .click("holdForm:placeHold");
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(manager.text("holdForm:holds"))
                            .contains("Under legal hold")
                            .contains("Customer dispute, case " + orderNumber));
            manager.screenshot("order-record");
            manager.assertNoJavaScriptErrors();

            String href = manager.byId("download").getAttribute("href");
            HttpSession session = new HttpSession(ordertrail);
            assertThat(session.signIn("manager", "demo")).isEqualTo(302);
            HttpResponse<byte[]> download = session.getBytes(
                    URI.create(href).getRawPath() + "?" + URI.create(href).getRawQuery());
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.headers().firstValue("Content-Type")).hasValue("application/zip");

            Map<String, byte[]> files = unzip(download.body());
            assertThat(files).containsKeys("record.pdf", "audit-trail.csv", "manifest.json", "SHA256SUMS");
            assertThat(new String(files.get("record.pdf"), 0, 5, StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");

            JsonObject manifest = Json.createReader(
                            new StringReader(new String(files.get("manifest.json"), StandardCharsets.UTF_8)))
                    .readObject();
            assertThat(manifest.getString("order")).isEqualTo(orderNumber);
            assertThat(manifest.getString("exportedBy")).isEqualTo("manager");
            assertThat(manifest.getJsonArray("files")).hasSize(files.size() - 2);
            for (JsonValue value : manifest.getJsonArray("files")) {
                JsonObject file = value.asJsonObject();
                byte[] content = files.get(file.getString("path"));
                assertThat(content)
                        .as(file.getString("path") + " is in the ZIP")
                        .isNotNull();
                assertThat(Sha256.hex(content))
                        .as("the manifest's hash of " + file.getString("path"))
                        .isEqualTo(file.getString("sha256"));
                assertThat(new String(files.get("SHA256SUMS"), StandardCharsets.UTF_8))
                        .contains(file.getString("sha256") + "  " + file.getString("path"));
            }
            assertThat(files.entrySet())
                    .filteredOn(f ->
                            f.getKey().startsWith("originals/") && f.getKey().contains("erp_document"))
                    .as("the UBL document as it came off the queue")
                    .hasSize(1)
                    .allSatisfy(f -> assertThat(f.getValue()).isEqualTo(document));
            assertThat(files.keySet())
                    .as("the OrderResponse we sent is there too")
                    .anyMatch(path -> path.startsWith("originals/") && path.contains("order_response"));
            assertThat(new String(files.get("audit-trail.csv"), StandardCharsets.UTF_8))
                    .containsPattern("ORDER_RECORDED|ORDER_RECEIVED") // at once, or waiting for approval
                    .as("the entry of the change the document made names it by its hash")
                    .contains("ERP_DOCUMENT")
                    .contains(Sha256.hex(document))
                    .contains("ORIGINAL_SENT")
                    .contains("LEGAL_HOLD_PLACED");

            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(manager.go("/records/audit.xhtml?type=ORDER&id=" + orderNumber)
                                    .text("auditForm:entries"))
                            .contains("ORDER_RECORD_EXPORTED")
                            .contains("LEGAL_HOLD_PLACED"));
            assertThat(manager.all(By.id("auditForm:csvLink"))).hasSize(1);

            manager.go("/records/order-record.xhtml?number=" + orderNumber);
            manager.byId("holdForm:holds").findElement(By.cssSelector("button")).click();
            manager.awaitAjax();
            manager.visible("liftForm:liftReason");
            manager.type("liftForm:liftReason", "Dispute settled").click("liftForm:lift");
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(
                            () -> assertThat(manager.text("holdForm:holds")).contains("No legal hold"));
        }
    }

    /**
     * The purge from the Retention page: the ADMIN confirms, the run shows and completes without a reload (the
     * page reads the batch runtime's job repository and the application's database); the manager sees the page
     * without the button.
     */
    @Test
    void theAdminRunsThePurgeFromTheRetentionPageAndSeesTheRunComplete() throws Exception {
        By runs = By.cssSelector("#purgeForm\\:runs_data > tr[data-ri]");
        try (Browser admin = Browser.open(SharedOrdertrail.baseUri())) {
            admin.signInAs("admin").go("/records/retention.xhtml");
            assertThat(admin.text("orderMonths")).contains("months");
            int before = admin.all(runs).size();

            admin.click("purgeForm:start");
            admin.press("purgeForm:confirmNo");
            admin.awaitAjax();
            assertThat(admin.all(runs)).as("not confirmed: no run").hasSize(before);

            admin.click("purgeForm:start");
            admin.press("purgeForm:confirmYes");
            admin.awaitAjax();
            assertThat(admin.text("purgeForm:messages")).contains("The purge is running");
            await().atMost(Duration.ofSeconds(60))
                    .ignoreException(StaleElementReferenceException.class) // the page's poll renders the rows anew
                    .untilAsserted(() -> {
                        assertThat(admin.all(runs)).hasSize(before + 1);
                        assertThat(admin.all(runs).get(0).getText()).contains("COMPLETED");
                    });
            admin.screenshot("retention");
            admin.assertNoJavaScriptErrors();
        }
        try (Browser manager = Browser.open(SharedOrdertrail.baseUri())) {
            manager.signInAs("manager").go("/records/retention.xhtml");
            assertThat(manager.text("auditMonths")).contains("months");
            assertThat(manager.all(By.id("purgeForm:start")))
                    .as("only an administrator runs the purge")
                    .isEmpty();
        }
    }
}
