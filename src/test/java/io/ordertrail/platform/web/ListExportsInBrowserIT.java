package io.ordertrail.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.ordertrail.testsupport.ApiClient;
import io.ordertrail.testsupport.Browser;
import io.ordertrail.testsupport.OnlinePlatform;
import io.ordertrail.testsupport.OrderListPage;
import io.ordertrail.testsupport.SharedOrdertrail;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** A filtered list goes to a spreadsheet as it is filtered: all its rows, and only those. */
@Order(4)
class ListExportsInBrowserIT {

    @Test
    void theFilteredOrderListExportsExactlyItsRowsToExcelAndToACsvThatRunsNoFormula() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        ApiClient api = ApiClient.integration(SharedOrdertrail.baseUri());
        HttpResponse<String> registered = api.post("customers", """
                {"name":"=SUM(1+1) Export %s","email":"export-%s@example.com",
                 "defaultDeliveryAddress":"%s Quay Street, Bristol BS1 4DJ"}""".formatted(unique, unique, unique));
        assertThat(registered.statusCode())
                .as(() -> ApiClient.explain(registered))
                .isEqualTo(201);
        String customer = ApiClient.field(registered, "customerNumber");
        List<String> theirs = new ArrayList<>();
        for (int quantity = 1; quantity <= 2; quantity++) {
            HttpResponse<String> order = api.post("orders", """
                    {"customerNumber":"%s","lines":[{"productCode":"RLR-230","quantity":%d}],
                     "deliveryAddress":"%s Quay Street, Bristol BS1 4DJ"}""".formatted(customer, quantity, unique));
            assertThat(order.statusCode()).as(() -> ApiClient.explain(order)).isEqualTo(201);
            theirs.add(ApiClient.field(order, "orderNumber"));
        }
        String someoneElses = OnlinePlatform.recordedOrder();

        try (Browser sales = Browser.open(SharedOrdertrail.baseUri())) {
            sales.signInAs("sales").go("/orders/list.xhtml?customer=" + customer);
            assertThat(OrderListPage.total(sales)).isEqualTo(2);

            Path xlsx = sales.downloadBy("ordersForm:exportXlsx", ".xlsx");
            List<String> exported = new ArrayList<>();
            try (InputStream in = Files.newInputStream(xlsx);
                    XSSFWorkbook book = new XSSFWorkbook(in)) {
                Sheet sheet = book.getSheetAt(0);
                Row header = sheet.getRow(0);
                assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Order");
                assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Customer");
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    exported.add(sheet.getRow(r).getCell(0).getStringCellValue());
                    assertThat(sheet.getRow(r).getCell(1).getStringCellValue())
                            .as("a name that looks like a formula stays text")
                            .startsWith(customer + " · =SUM(1+1) Export");
                }
            }
            assertThat(exported).containsExactlyInAnyOrderElementsOf(theirs).doesNotContain(someoneElses);

            Path csv = sales.downloadBy("ordersForm:exportCsv", ".csv");
            List<String> lines =
                    Files.readAllLines(csv).stream().filter(l -> !l.isBlank()).toList();
            assertThat(lines).hasSize(3);
            assertThat(lines.get(0).replace("\uFEFF", ""))
                    .as("after Excel's byte-order mark")
                    .startsWith("\"Order\",\"Customer\"");
            assertThat(String.join("\n", lines))
                    .contains(theirs.get(0), theirs.get(1))
                    .doesNotContain(someoneElses);

            // the customers' list, whose first column a name can start: the name is text, not a formula
            sales.go("/customers/list.xhtml").type("customersForm:search", unique);
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(10))
                    .until(() ->
                            sales.all(org.openqa.selenium.By.cssSelector("[id='customersForm:customers_data'] > tr"))
                                            .size()
                                    == 1);
            String customers = Files.readString(sales.downloadBy("customersForm:exportCsv", ".csv"));
            assertThat(customers).contains("\"" + customer + "\",\"'=SUM(1+1) Export " + unique + "\"");
            sales.assertNoJavaScriptErrors();
        }
    }
}
