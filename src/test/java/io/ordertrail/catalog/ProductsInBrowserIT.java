package io.ordertrail.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ordertrail.orders.NewOrderPage;
import io.ordertrail.testsupport.Browser;
import io.ordertrail.testsupport.SharedOrdertrail;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The manager keeps products and prices on a page: a wrong GTIN is refused at its field, a product is added with its
 * price, a price in the past is refused, and a new price leaves the order recorded at the old one as it was.
 */
@Order(3)
class ProductsInBrowserIT {

    @Test
    void aNewPriceAppliesToNewOrdersAndLeavesTheRecordedOrderAsItWas() throws Exception {
        String code = "PRD-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        try (Browser manager = Browser.open(SharedOrdertrail.baseUri());
                Browser sales = Browser.open(SharedOrdertrail.baseUri())) {
            manager.signInAs("manager").go("/catalog/products.xhtml");
            manager.click("productsForm:newProduct");
            manager.visible("productForm:code");
            manager.type("productForm:code", code)
                    .type("productForm:name", "Masking tape 48 mm")
                    .type("productForm:gtin", "7350000000001")
                    .type("productForm:unitPrice_input", "40.00")
                    .click("productForm:save");
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(manager.text("productForm")).contains("is not a GTIN"));
            manager.type("productForm:gtin", "").click("productForm:save");
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(manager.text("productForm:productMessages"))
                            .contains(code + " · Masking tape 48 mm added"));

            sales.signInAs("sales");
            String order = new NewOrderPage(sales)
                    .customer("Brightside", "C-1003")
                    .line(0, code, code, 3)
                    .record();
            assertThat(sales.text("lines")).contains("40.00");

            manager.type(
                            "productForm:priceFrom_input",
                            LocalDate.now().minusDays(1).toString())
                    .type("productForm:unitPrice_input", "42.50")
                    .click("productForm:addPrice");
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(manager.text("productForm")).contains("cannot start in the past"));
            manager.type("productForm:unitPrice_input", "42.50")
                    .type("productForm:priceFrom_input", LocalDate.now().toString())
                    .click("productForm:addPrice");
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(
                            () -> assertThat(manager.text("productForm:prices")).contains("42.50"));
            manager.screenshot("products-page");
            manager.assertNoJavaScriptErrors();

            sales.go("/orders/order.xhtml?number=" + order);
            assertThat(sales.text("lines"))
                    .as("the recorded order")
                    .contains("40.00")
                    .doesNotContain("42.50");
        }
    }
}
