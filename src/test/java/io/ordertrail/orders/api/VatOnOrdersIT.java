package io.ordertrail.orders.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ordertrail.testsupport.ApiClient;
import io.ordertrail.testsupport.Mailbox;
import io.ordertrail.testsupport.OnlinePlatform;
import io.ordertrail.testsupport.PdfText;
import io.ordertrail.testsupport.SharedOrdertrail;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Currencies and VAT end to end (issue 19, item 2): an order of a domestic customer and one of an EU business under
 * reverse charge, taken through the API, carry net, VAT per rate and gross in the customer's currency, and the
 * confirmation email and its PDF state the same amounts as the order.
 */
@Order(5)
class VatOnOrdersIT {

    private final ApiClient api = ApiClient.integration(SharedOrdertrail.baseUri());

    private JsonObject json(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(() -> ApiClient.explain(response)).isEqualTo(status);
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static BigDecimal amount(JsonObject o, String name) {
        return o.getJsonNumber(name).bigDecimalValue();
    }

    /** The email confirmation of the order, sent to the customer's address on file: its text and its PDF's. */
    private String[] confirmationOf(String orderNumber) throws Exception {
        json(api.post("orders/" + orderNumber + "/confirmations", "{}"), 202);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Mailbox.about(orderNumber).size() == 1);
        MimeMessage mail = Mailbox.about(orderNumber).get(0);
        Multipart mixed = (Multipart) mail.getContent();
        try (PDDocument pdf =
                Loader.loadPDF(mixed.getBodyPart(1).getInputStream().readAllBytes())) {
            return new String[] {Mailbox.text(mail), new PDFTextStripper().getText(pdf)};
        }
    }

    @Test
    void aDomesticOrderIsTaxedAtItsProductsRateAndTheConfirmationStatesNetVatAndGross() throws Exception {
        String number = OnlinePlatform.recordedOrder(); // 2 rollers at GBP 12.40, standard rate

        JsonObject order = json(api.get("orders/" + number), 200);

        assertThat(order.getString("currency")).isEqualTo("GBP");
        assertThat(order.getString("vatTreatment")).isEqualTo("DOMESTIC");
        BigDecimal net = amount(order, "netTotal");
        BigDecimal tax = amount(order, "taxTotal");
        BigDecimal gross = amount(order, "grossTotal");
        assertThat(net).isEqualByComparingTo("24.80");
        assertThat(tax).isEqualByComparingTo("4.96"); // 20 % of 24.80
        assertThat(gross).isEqualByComparingTo(net.add(tax));
        assertThat(order.getJsonArray("taxSubtotals")).hasSize(1);
        JsonObject subtotal = order.getJsonArray("taxSubtotals").getJsonObject(0);
        assertThat(subtotal.getString("category")).isEqualTo("S");
        assertThat(amount(subtotal, "ratePercent")).isEqualByComparingTo("20");
        assertThat(amount(subtotal, "taxableAmount")).isEqualByComparingTo(net);
        assertThat(amount(subtotal, "taxAmount")).isEqualByComparingTo(tax);
        JsonObject line = order.getJsonArray("lines").getJsonObject(0);
        assertThat(line.getString("vatCategory")).isEqualTo("S");
        assertThat(amount(line, "netAmount")).isEqualByComparingTo(net);

        String[] confirmation = confirmationOf(number);
        for (String text : confirmation) {
            assertThat(text)
                    .contains("Net total: GBP 24.80", "VAT 20 % (S) on GBP 24.80: GBP 4.96", "Total to pay: GBP 29.76");
        }
    }

    @Test
    void anEuBusinessIsBilledInItsCurrencyUnderReverseChargeWithTheReasonStated() throws Exception {
        // a new EU business, registered by the online platform in euros under reverse charge: no other test's
        // orders make this one's flags
        String unique = UUID.randomUUID().toString().substring(0, 8);
        JsonObject customer = json(
                api.post("customers", """
                        {"name":"Nordic Interiors %s AB","email":"inkop-%s@example.se","currency":"EUR",
                         "vatTreatment":"REVERSE_CHARGE","vatNumber":"SE%s01",
                         "defaultDeliveryAddress":"Kungsgatan 22, 411 19 Göteborg, Sweden"}""".formatted(unique, unique, unique.toUpperCase(java.util.Locale.ROOT))), 201);
        assertThat(customer.getString("currency")).isEqualTo("EUR");
        assertThat(customer.getString("vatTreatment")).isEqualTo("REVERSE_CHARGE");
        JsonObject order = json(api.post("orders", """
                        {"customerNumber":"%s","lines":[{"productCode":"RLR-230","quantity":4}],
                         "deliveryAddress":"Kungsgatan 22, 411 19 Göteborg, Sweden"}""".formatted(customer.getString("customerNumber"))), 201);
        assertThat(order.getString("status")).isEqualTo("RECORDED");
        String number = order.getString("orderNumber");

        assertThat(order.getString("currency")).isEqualTo("EUR");
        assertThat(order.getString("vatTreatment")).isEqualTo("REVERSE_CHARGE");
        JsonObject line = order.getJsonArray("lines").getJsonObject(0);
        assertThat(amount(line, "unitPrice")).as("the EUR price list's price").isEqualByComparingTo("14.50");
        assertThat(amount(order, "netTotal")).isEqualByComparingTo("58.00");
        assertThat(amount(order, "taxTotal")).isEqualByComparingTo("0");
        assertThat(amount(order, "grossTotal")).isEqualByComparingTo("58.00");
        JsonObject subtotal = order.getJsonArray("taxSubtotals").getJsonObject(0);
        assertThat(subtotal.getString("category")).isEqualTo("K");
        assertThat(subtotal.getString("exemptionReason")).contains("reverse charge");

        String[] confirmation = confirmationOf(number);
        for (String text : confirmation) {
            assertThat(text)
                    .contains("Net total: EUR 58.00", "VAT 0 % (K) on EUR 58.00: EUR 0.00", "Total to pay: EUR 58.00")
                    .contains("reverse charged to the buyer")
                    .doesNotContain("GBP");
        }
    }

    @Test
    void aGermanCustomersConfirmationEmailAndPdfAreInGerman() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        JsonObject customer = json(api.post("customers", """
                        {"name":"Malerbedarf %s GmbH","email":"einkauf-%s@example.de","language":"de",
                         "defaultDeliveryAddress":"Hafenstraße 3, 20457 Hamburg"}""".formatted(unique, unique)), 201);
        assertThat(customer.getString("language")).isEqualTo("de");
        String number = json(api.post("orders", """
                                {"customerNumber":"%s","lines":[{"productCode":"PNT-WHT-10","quantity":12}],
                                 "deliveryAddress":"Hafenstraße 3, 20457 Hamburg"}""".formatted(customer.getString("customerNumber"))), 201)
                .getString("orderNumber");

        json(api.post("orders/" + number + "/confirmations", "{}"), 202);
        await().atMost(Duration.ofSeconds(30)).until(() -> Mailbox.about(number).size() == 1);
        MimeMessage mail = Mailbox.about(number).get(0);
        String pdf = PdfText.of(
                ((Multipart) mail.getContent()).getBodyPart(1).getInputStream().readAllBytes());

        // 12 x 89.90 = 1,078.80 net, 20 % VAT 215.76, 1,294.56 to pay: German separators, the code after the amount
        assertThat(mail.getSubject()).isEqualTo("Bestellung " + number + " bestätigt");
        for (String text : new String[] {Mailbox.text(mail), pdf}) {
            assertThat(text)
                    .contains("Vielen Dank für Ihre Bestellung. Wir bestätigen die Bestellung " + number)
                    .contains("12 x PNT-WHT-10 Interior paint white, 10 l zu 89,90 = 1.078,80")
                    .contains("Nettobetrag: 1.078,80 GBP")
                    .contains("MwSt. 20 % (S) auf 1.078,80 GBP: 215,76 GBP")
                    .contains("Zu zahlen: 1.294,56 GBP")
                    .contains("Lieferung an: Hafenstraße 3, 20457 Hamburg")
                    .contains("Voraussichtliches Lieferdatum: ")
                    .contains("Sonderwünsche: Keine.")
                    .doesNotContain("Thank you", "Total to pay", "Estimated");
            assertThat(text)
                    .as("a German date")
                    .containsPattern("Lieferdatum: (Mo|Di|Mi|Do|Fr|Sa|So)\\., \\d{1,2}\\. ");
        }

        // the page the email's link opens speaks the customer's language, whatever the browser's
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("confirmation\\.xhtml\\?token=([A-Za-z0-9_.-]+)")
                .matcher(Mailbox.text(mail));
        assertThat(link.find()).as("the email carries the acknowledgement link").isTrue();
        HttpResponse<String> page = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        SharedOrdertrail.baseUri().resolve("confirmation.xhtml?token=" + link.group(1)))
                                .header("Accept-Language", "en-GB,en;q=0.9")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("lang=\"de\"", "Ihr Auftrag", "Ich habe diese Bestätigung erhalten", "Wie waren wir?")
                .doesNotContain("I have received this confirmation", "How did we do?", "Please confirm that");
    }
}
