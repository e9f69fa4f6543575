package io.ordertrail.erp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.ordertrail.testsupport.Browser;
import io.ordertrail.testsupport.HttpSession;
import io.ordertrail.testsupport.ItEnvironment;
import io.ordertrail.testsupport.SharedOrdertrail;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The ERP channel as a partner's system meets it, from outside, through the secured broker: the ADMIN adds the
 * partner on its page, the partner sends as its own broker user, and is answered on its own queue.
 */
@Order(3)
class ErpPartnersInBrowserIT {

    private static String example() throws IOException {
        try (InputStream in =
                ErpPartnersInBrowserIT.class.getClassLoader().getResourceAsStream("ubl/UBL-Order-2.1-Example.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ActiveMQConnectionFactory broker() {
        return new ActiveMQConnectionFactory(
                "tcp://127.0.0.1:" + ItEnvironment.broker().port());
    }

    /** Sends the example under a new ID as the partner and returns the answer's response code. */
    private static String answerCode(String partner, String password) throws Exception {
        String id = "BROWSER-" + UUID.randomUUID();
        try (JMSContext jms = broker().createContext(partner, password)) {
            Queue replies = jms.createQueue("erp.answers." + partner + ".it");
            try (JMSConsumer answers = jms.createConsumer(replies)) {
                jms.createProducer()
                        .setJMSReplyTo(replies)
                        .send(
                                jms.createQueue("erp.orders.in"),
                                example().replace("<cbc:ID>34</cbc:ID>", "<cbc:ID>" + id + "</cbc:ID>"));
                Message answer = answers.receive(Duration.ofSeconds(30).toMillis());
                assertThat(answer)
                        .as("an answer on the partner's own queue within 30 s")
                        .isInstanceOf(TextMessage.class);
                String xml = ((TextMessage) answer).getText();
                assertThat(xml).contains("<cbc:ID>" + id + "</cbc:ID>");
                return xml.replaceAll("(?s).*<cbc:OrderResponseCode>(..)</cbc:OrderResponseCode>.*", "$1");
            }
        }
    }

    @Test
    void theAdminAddsAnErpPartnerAndABuyerForItAndADocumentFromThatPartnerIsThenAccepted() throws Exception {
        String partner = "it-acme-" + UUID.randomUUID().toString().substring(0, 6);
        try (Browser admin = Browser.open(SharedOrdertrail.baseUri())) {
            admin.signInAs("admin").go("/admin/erp-partners.xhtml");
            admin.type("partnerForm:name", partner)
                    .type("partnerForm:description", "Acme Retail SAP")
                    .click("partnerForm:save");
            String password = admin.visible("partnerPassword").getText();
            assertThat(admin.text("partnerUser")).isEqualTo(partner);
            assertThat(rowOf(admin, partner).getText()).contains("(nobody yet)").contains("erp.answers." + partner);

            assertThat(answerCode(partner, password))
                    .as("no buyer yet: rejected")
                    .isEqualTo("RE");

            rowOf(admin, partner).findElement(By.cssSelector("[id$=':edit']")).click();
            admin.awaitAjax();
            admin.type("partnerForm:buyers", "C-1001").click("partnerForm:save");
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(
                            () -> assertThat(rowOf(admin, partner).getText()).contains("C-1001"));
            assertThat(admin.text("partnerForm:changes")).contains("buyers (none) → C-1001");
            admin.screenshot("erp-partners");
            admin.assertNoJavaScriptErrors();

            assertThat(answerCode(partner, password))
                    .as("now it may act for Johnssons (C-1001)")
                    .isEqualTo("AP");

            // the partner's access point speaks PEPPOL BIS: its answers come in that profile
            rowOf(admin, partner).findElement(By.cssSelector("[id$=':edit']")).click();
            admin.awaitAjax();
            admin.all(By.cssSelector("label[for='partnerForm:profile:1']"))
                    .get(0)
                    .click();
            admin.click("partnerForm:save");
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(
                            () -> assertThat(rowOf(admin, partner).getText()).contains("PEPPOL BIS 3"));
            assertThat(admin.text("partnerForm:changes")).contains("answers in plain UBL → PEPPOL BIS 3");
            admin.screenshot("erp-partners-peppol");
            String answer = peppolAnswer(partner, password);
            assertThat(answer)
                    .contains(
                            "<cbc:CustomizationID>urn:fdc:peppol.eu:poacc:trns:order_response:3</cbc:CustomizationID>")
                    .contains("<cbc:OrderResponseCode>AP</cbc:OrderResponseCode>")
                    .contains("<cbc:EndpointID schemeID=\"0088\">7300070011115</cbc:EndpointID>");
        }
    }

    /** Sends the PEPPOL Order written from the specification, under a new ID, as the partner; returns the answer. */
    private static String peppolAnswer(String partner, String password) throws Exception {
        String document;
        try (InputStream in =
                ErpPartnersInBrowserIT.class.getClassLoader().getResourceAsStream("peppol/T01-order-gln-buyer.xml")) {
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("PO-GLN-1", "BROWSER-" + UUID.randomUUID());
        }
        try (JMSContext jms = broker().createContext(partner, password)) {
            try (JMSConsumer answers = jms.createConsumer(jms.createQueue("erp.answers." + partner))) {
                jms.createProducer().send(jms.createQueue("erp.orders.in"), document);
                Message answer = answers.receive(Duration.ofSeconds(30).toMillis());
                assertThat(answer).as("an answer within 30 s").isInstanceOf(TextMessage.class);
                return ((TextMessage) answer).getText();
            }
        }
    }

    @Test
    void aFiftyMegabyteTextDocumentIsRefusedByTheBrokerWithItsReasonAndTheServerStaysHealthy() throws Exception {
        String huge = "<!-- " + "x".repeat(50 * 1024 * 1024) + " -->" + example();
        HttpSession admin = new HttpSession(SharedOrdertrail.baseUri());

        try (JMSContext jms = broker().createContext("demo-erp", "demo-erp-password")) {
            assertThatThrownBy(() -> jms.createProducer().send(jms.createQueue("erp.orders.in"), huge))
                    .isInstanceOf(JMSRuntimeException.class)
                    .hasMessageContaining("Refused by the broker: the message to erp.orders.in is")
                    .hasMessageContaining(
                            "bytes, over the limit of 4194304 bytes. Split the order, or leave out" + " attachments.");
            // the partner's next document still goes through, and is taken (here: refused as unreadable)
            jms.createProducer().send(jms.createQueue("erp.orders.in"), "<not-a-document/>");
        }

        await().atMost(Duration.ofSeconds(30))
                .until(() -> ItEnvironment.broker().messageCount("erp.orders.in") == 0);
        assertThat(admin.get("/health/ready").statusCode()).isEqualTo(200);
        assertThat(Files.readString(Path.of(System.getProperty("ordertrail.itDataDir"), "shared-payara.log")))
                .doesNotContain("OutOfMemoryError");
    }

    private static WebElement rowOf(Browser browser, String partner) {
        return browser.all(By.cssSelector("[id='partnerForm:partners_data'] tr")).stream()
                .filter(tr -> tr.getText().contains(partner))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + partner));
    }
}
