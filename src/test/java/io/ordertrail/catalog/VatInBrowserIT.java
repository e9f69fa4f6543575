package io.ordertrail.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ordertrail.orders.NewOrderPage;
import io.ordertrail.testsupport.Browser;
import io.ordertrail.testsupport.SharedOrdertrail;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Currencies and VAT as staff set them up and use them (issue 19, item 2): the ADMIN keeps the tax rates; sales bills
 * a customer in euros under reverse charge, which needs the customer's VAT number; an order of that customer is
 * priced from the euro price list and shows net, VAT and the total to pay, before it is recorded and after.
 */
@Order(5)
class VatInBrowserIT {

    @Test
    void theAdminKeepsTheRatesAndAnEuBusinessIsBilledInEurosUnderReverseCharge() throws Exception {
        String code = "IT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        try (Browser admin = Browser.open(SharedOrdertrail.baseUri());
                Browser sales = Browser.open(SharedOrdertrail.baseUri())) {
            admin.signInAs("admin").go("/admin/tax-categories.xhtml");
            admin.type("taxForm:code", code).type("taxForm:name", "Reduced rate for tests");
            admin.type("taxForm:rate_input", "120").click("taxForm:save");
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(
                            () -> assertThat(admin.text("taxForm:rateMessage")).contains("from 0 to below 100"));
            assertThat(admin.text("taxForm:categories")).as("nothing stored").doesNotContain(code);
            admin.type("taxForm:rate_input", "5.5").click("taxForm:save");
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(admin.text("taxForm:categories"))
                            .contains(code)
                            .contains("Reduced rate for tests")
                            .contains("5.5 %"));
            admin.screenshot("tax-categories");
            admin.assertNoJavaScriptErrors();

            String name = "Brüder Malerbedarf " + UUID.randomUUID().toString().substring(0, 6);
            sales.signInAs("sales").go("/customers/customer.xhtml");
            sales.type("customerForm:name", name)
                    .type("customerForm:email", "einkauf@malerbedarf.example")
                    .type("customerForm:addresses:0:address", "Hafenstraße 3, 20457 Hamburg, Germany")
                    .type("customerForm:reason", "New customer, email of 2 December");
            sales.choose("customerForm:currency", "EUR", "EUR");
            sales.pick("customerForm:vatTreatment", "EU business");
            sales.click("customerForm:save");
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(sales.text("customerForm:vatTreatmentMessage"))
                            .contains("Reverse charge needs the customer’s VAT number"));

            sales.click("customerForm:addIdentifier");
            // the scheme menu is editable (an ISO 6523 code may be typed): typed as a keyboard user would
            sales.type("customerForm:identifiers:0:scheme_editableInput", "VAT");
            sales.type("customerForm:identifiers:0:value", "DE123456789");
            sales.click("customerForm:save");
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> sales.currentUrl().contains("number=C-"));
            String number = sales.currentUrl().replaceAll(".*number=(C-\\d+).*", "$1");
            assertThat(sales.text("versions")).contains("Currency: (none) → EUR", "reverse charge");

            sales.assertNoJavaScriptErrors(); // the customer's pages; the order's are checked at the end

            NewOrderPage page = new NewOrderPage(sales).customer(number, number);
            // choosing the customer draws the lines again with their price list: the menu is opened once that is done,
            // not while its old widget is being replaced
            // (read from the menu's options: a click on the menu while PrimeFaces replaced its widget once raised a
            // script error inside PrimeFaces; the menu is then opened and chosen from by the page object)
            await().atMost(Duration.ofSeconds(10))
                    .ignoreException(org.openqa.selenium.StaleElementReferenceException.class)
                    .untilAsserted(() -> assertThat(sales.byId("orderForm:lines:0:product_input")
                                    .getAttribute("textContent"))
                            .as("the euro price list's prices")
                            .contains("Paint roller 230 mm (EUR 14.50 / EA)"));
            sales.awaitAjax();
            page.line(0, "roller", "RLR-230", 4);
            assertThat(page.review())
                    .contains("Net total EUR 58.00")
                    .contains("VAT 0 % (K) on 58.00")
                    .contains("reverse charged to the buyer")
                    .contains("Total to pay EUR 58.00");
            sales.screenshot("review-reverse-charge");
            sales.byId("orderForm:record").click();
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> sales.currentUrl().contains("/orders/order.xhtml"));
            assertThat(sales.text("orderAmounts"))
                    .contains("Net total EUR 58.00")
                    .contains("VAT 0 % (K)")
                    .contains("Total to pay EUR 58.00");
            assertThat(sales.text("lines")).contains("K 0 %", "Net (EUR)");
            sales.screenshot("order-reverse-charge");
            sales.assertNoJavaScriptErrors();
        }
    }
}
