package io.ordertrail.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ordertrail.testsupport.AccountPage;
import io.ordertrail.testsupport.Browser;
import io.ordertrail.testsupport.SharedOrdertrail;
import io.ordertrail.testsupport.UsersPage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A person switches the pages to German on their account and takes an order (issue 19, item 1): the frame, the new
 * order page and its review are in German, with German numbers and dates. A person of their own, so that the other
 * tests' sales user stays English.
 */
@Order(5)
class GermanOrderEntryInBrowserIT {

    /** English words of the frame and the new order page, none of which may show once the person chose German. */
    private static final List<String> ENGLISH = List.of(
            "New order",
            "Orders",
            "Customers",
            "Confirmations",
            "Channel",
            "Customer",
            "Products",
            "Delivery or pickup",
            "Requested date",
            "Instructions",
            "Review order",
            "Cancel",
            "Add product",
            "Quantity",
            "Agreed price",
            "Availability",
            "In stock");

    /** English words of the order page, none of which may show once the order is recorded. */
    private static final List<String> ENGLISH_ON_THE_ORDER_PAGE = List.of(
            "Order",
            "Lines",
            "Special requests",
            "Handover",
            "Confirmation",
            "Files",
            "Notes",
            "Timeline",
            "Received",
            "Recorded",
            "Verified",
            "by",
            "Inventory",
            "Fulfillment",
            "Phone",
            "New order",
            "in stock",
            "working days?",
            "processing",
            "transit",
            "Amend or cancel",
            "Send confirmation",
            "Email address",
            "Attach a file",
            "Add note",
            "Everyone",
            "Net",
            "Total to pay",
            "Quantity",
            "Product",
            "not yet",
            "reserved",
            "Waiting");

    @Test
    void aPersonChoosesGermanAndTakesAnOrderInGerman() throws Exception {
        String username = "verkauf-" + UUID.randomUUID().toString().substring(0, 6);
        String password = "Lange-Passwort-" + UUID.randomUUID();
        try (Browser admin = Browser.open(SharedOrdertrail.baseUri());
                Browser sales = Browser.open(SharedOrdertrail.baseUri())) {
            UsersPage.add(admin.signInAs("admin"), username, "SALES", password);

            AccountPage.chooseGerman(sales.signInAs(username, password));
            assertThat(sales.byId("content").getText()).contains("Mein Konto", "Passwort ändern");

            sales.go("/orders/new.xhtml");
            assertThat(sales.byId("menuForm").getText()).contains("Neuer Auftrag", "Aufträge", "Kunden");
            String page = sales.byId("content").getText();
            assertThat(page).contains("Neuer Auftrag", "Kanal", "Kunde", "Artikel", "Wunschtermin", "Auftrag prüfen");
            assertThat(sales.all(By.tagName("html")).get(0).getAttribute("lang"))
                    .isEqualTo("de");

            String unique = UUID.randomUUID().toString().substring(0, 6);
            NewOrderPage order = new NewOrderPage(sales, false)
                    .newCustomer(
                            "Farbenhaus " + unique + " GmbH",
                            "einkauf-" + unique + "@farbenhaus.example",
                            "+49 40 555 0100",
                            "Hafenstraße 3, 20457 Hamburg")
                    .line(0, "PNT-WHT", "PNT-WHT-10", 12);
            assertThat(order.availability(0)).startsWith("Auf Lager (");
            String review = order.review();
            // 12 x 89.90 = 1,078.80 net; 20 % VAT 215.76; 1,294.56 to pay, written the German way
            assertThat(review)
                    .contains("Auftrag vor dem Erfassen prüfen", "Voraussichtliches Datum", "Listenpreis")
                    .contains("89,90", "1.078,80")
                    .contains("Nettobetrag 1.078,80 GBP")
                    .contains("MwSt. 20 % (S) auf 1.078,80")
                    .contains("Zu zahlen 1.294,56 GBP")
                    .containsPattern("(Mo|Di|Mi|Do|Fr|Sa|So)\\., \\d{1,2}\\. ");
            String all = sales.byId("content").getText() + "\n"
                    + sales.byId("menuForm").getText() + "\n" + review;
            for (String english : ENGLISH) {
                assertThat(all).as("no English left: " + english).doesNotContainPattern("\\b" + english + "\\b");
            }
            sales.screenshot("german-new-order-review");

            // recorded: the order page, its handover and its timeline are German too
            sales.byId("orderForm:record").click();
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> sales.currentUrl().contains("/orders/order.xhtml"));
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> !sales.all(By.cssSelector(".ui-growl-message")).isEmpty());
            String growl = sales.all(By.cssSelector(".ui-growl-message")).get(0).getText();
            assertThat(growl).contains("erfasst und an Lager und Versand übergeben");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(sales.text("handoverForm:inventoryHandover")).startsWith("Empfangen");
                assertThat(sales.text("handoverForm:fulfillmentHandover")).startsWith("Empfangen");
                assertThat(sales.text("handoverForm:availability"))
                        .contains("Bestätigt: alle Positionen reserviert", "PNT-WHT-10: 12 reserviert");
            });
            assertThat(sales.text("status")).isEqualTo("Erfasst");
            String orderPage = sales.byId("content").getText();
            assertThat(orderPage)
                    .contains("Positionen", "Sonderwünsche", "Übergabe", "Bestätigung an den Kunden", "Verlauf")
                    .contains("Telefonisch eingegangen", "Geprüft und erfasst von " + username)
                    .contains("Übergeben an Lager", "Lager hat Version 1 empfangen: Neuer Auftrag")
                    .contains("Zu zahlen 1.294,56 GBP", "Bestätigung senden", "Keine Sonderwünsche.")
                    .containsPattern("auf Lager; .*1 Arbeitstag Bearbeitung \\+ 2 Arbeitstage Transport")
                    .as("times written the German way, e.g. 02.12.2026 14:05:09")
                    .containsPattern("\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}:\\d{2}");
            String shown = orderPage + "\n" + sales.byId("menuForm").getText() + "\n" + growl;
            for (String english : ENGLISH_ON_THE_ORDER_PAGE) {
                assertThat(shown)
                        .as("no English left on the order page: " + english)
                        .doesNotContainPattern("\\b" + english + "\\b");
            }
            sales.screenshot("german-order-page");
            sales.assertNoJavaScriptErrors();

            // the order list and the home page speak German too
            sales.go("/orders/list.xhtml");
            String list = sales.byId("content").getText();
            assertThat(list)
                    .contains("Auftragsnummer", "Jeder Status", "Nettosumme", "Eingegangen vom")
                    .doesNotContain("Order number", "Any status", "Net total", "Received from", "No orders match");
            sales.go("/index.xhtml");
            assertThat(sales.byId("content").getText())
                    .contains("Willkommen, " + username, "Meine Arbeit", "Notizen für Vertrieb")
                    .doesNotContain("Welcome", "My work", "Notes for");
            sales.screenshot("german-home");
            sales.assertNoJavaScriptErrors();
        }
    }
}
