package io.ordertrail.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ordertrail.orders.AmendOrderPage;
import io.ordertrail.testsupport.AccountPage;
import io.ordertrail.testsupport.Browser;
import io.ordertrail.testsupport.OnlinePlatform;
import io.ordertrail.testsupport.OrderListPage;
import io.ordertrail.testsupport.SharedOrdertrail;
import io.ordertrail.testsupport.UsersPage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The manager's review dashboard (issue 17): the month's charts are drawn, a figure opens exactly the orders behind
 * it, and the workbook holds the figures the page shows.
 */
@Order(4)
class ReviewDashboardInBrowserIT {

    /** This month in the business zone (UTC in the tests): the orders the other tests took are in it. */
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void theManagerSeesTheMonthsChartsDrillsDownToTheOrdersAndDownloadsTheSameFiguresAsAWorkbook() throws Exception {
        OnlinePlatform.recordedOrder(); // at least one order this month, of the online channel
        try (Browser manager = Browser.open(SharedOrdertrail.baseUri())) {
            manager.signInAs("manager").go("/review/dashboard.xhtml?period=MONTH&day=" + TODAY);

            assertThat(manager.text("reviewTitle")).startsWith(monthLabel());
            for (String chart : new String[] {"volumeChart", "stageChart"}) {
                await("the " + chart + " is drawn")
                        .atMost(Duration.ofSeconds(10))
                        .until(() -> Boolean.TRUE.equals(manager.script("var c = document.querySelector('[id=\"" + chart
                                + "\"] canvas');" + " return c != null && c.width > 0 && c.height > 0;")));
            }
            long all = figure(manager, "volume-all");
            long online = figure(manager, "volume-online");
            assertThat(online).isPositive();
            assertThat(all).isGreaterThanOrEqualTo(online);
            String confirmedRow = manager.text("stages");
            manager.screenshot("review-dashboard");
            manager.assertNoJavaScriptErrors();

            byte[] xlsx = manager.download(manager.byId("downloadXlsx").getAttribute("href"));
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                Sheet volume = book.getSheet("Volume");
                assertThat(cell(volume, "All channels", 1)).isEqualTo(all);
                assertThat(cell(volume, "Online platform", 1)).isEqualTo(online);
                Sheet stages = book.getSheet("Stage times");
                Row recordedToConfirmed = rowOf(stages, "Recorded → confirmed");
                assertThat(confirmedRow)
                        .contains("Recorded → confirmed All channels "
                                + (long) recordedToConfirmed.getCell(2).getNumericCellValue());
            }

            manager.byId("volume-online").click();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> manager.currentUrl().contains("/orders/list.xhtml"));
            assertThat(manager.currentUrl()).contains("channel=ONLINE", "from=" + TODAY.withDayOfMonth(1));
            assertThat(OrderListPage.total(manager))
                    .as("exactly the orders behind the figure")
                    .isEqualTo(online);
        }
    }

    @Test
    void theManagerDrillsDownFromAmendmentsForOurErrorToExactlyThoseOrders() throws Exception {
        String corrected = OnlinePlatform.recordedOrder();
        String changedByTheCustomer = OnlinePlatform.recordedOrder();
        try (Browser manager = Browser.open(SharedOrdertrail.baseUri())) {
            manager.signInAs("manager");
            AmendOrderPage.open(manager, corrected)
                    .request(
                            "Phone",
                            "Per Olsson (buyer)",
                            "called back on the number on file",
                            "call",
                            "Correction of an entry error")
                    .quantity(0, 3)
                    .submit();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> manager.currentUrl().contains("/orders/order.xhtml"));
            AmendOrderPage.open(manager, changedByTheCustomer)
                    .request(
                            "Phone",
                            "Per Olsson (buyer)",
                            "called back on the number on file",
                            "call",
                            "Quantity change")
                    .quantity(0, 4)
                    .submit();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> manager.currentUrl().contains("/orders/order.xhtml"));

            manager.go("/review/dashboard.xhtml?period=MONTH&day=" + TODAY);
            String figure = manager.text("quality-amendedOUR_ERROR");
            Matcher orders = Pattern.compile("\\((\\d+) orders?\\)").matcher(figure);
            assertThat(orders.find()).as(figure).isTrue();
            long ourErrors = Long.parseLong(orders.group(1));
            assertThat(ourErrors).isPositive();
            manager.byId("quality-amendedOUR_ERROR").click();

            await().atMost(Duration.ofSeconds(10))
                    .until(() -> manager.currentUrl().contains("amended=OUR_ERROR"));
            assertThat(OrderListPage.total(manager))
                    .as("exactly the orders behind the figure")
                    .isEqualTo(ourErrors);
            assertThat(manager.text("ordersForm:orders")).contains(corrected).doesNotContain(changedByTheCustomer);
        }
    }

    @Test
    void aPeriodThatCannotBeReadIsRefusedWithAMessageAndLastMonthIsShown() throws Exception {
        try (Browser manager = Browser.open(SharedOrdertrail.baseUri())) {
            manager.signInAs("manager").go("/review/dashboard.xhtml?period=YEAR");

            await().atMost(Duration.ofSeconds(10))
                    .until(() ->
                            !manager.all(By.cssSelector(".ui-growl-message")).isEmpty());
            assertThat(manager.all(By.cssSelector(".ui-growl-message")).get(0).getText())
                    .contains("There is no period \"YEAR\": choose WEEK, MONTH, QUARTER or CUSTOM.")
                    .contains("Last month is shown.");
            assertThat(manager.text("reviewTitle"))
                    .startsWith(TODAY.minusMonths(1)
                            .getMonth()
                            .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH));
        }
    }

    /**
     * A manager who chose German reads the dashboard, its figures, its refusal of a period it cannot read and its
     * workbook in German, with German numbers; no English word of the review shows. A manager of their own, so that
     * the other tests' manager stays English.
     */
    @Test
    void aManagerWhoChoseGermanReadsTheReviewAndItsWorkbookInGerman() throws Exception {
        OnlinePlatform.recordedOrder();
        String username = "leitung-" + UUID.randomUUID().toString().substring(0, 6);
        String password = "Lange-Passwort-" + UUID.randomUUID();
        try (Browser admin = Browser.open(SharedOrdertrail.baseUri());
                Browser manager = Browser.open(SharedOrdertrail.baseUri())) {
            UsersPage.add(admin.signInAs("admin"), username, "MANAGER", password);
            AccountPage.chooseGerman(manager.signInAs(username, password))
                    .go("/review/dashboard.xhtml?period=MONTH&day=" + TODAY);

            assertThat(manager.text("reviewTitle"))
                    .startsWith(TODAY.getMonth().getDisplayName(TextStyle.FULL, Locale.GERMAN) + " " + TODAY.getYear())
                    .contains("verglichen mit");
            String page = manager.byId("content").getText();
            assertThat(page)
                    .contains(
                            "Alle Kanäle",
                            "Online-Plattform",
                            "Eingegangen → erfasst",
                            "Markierte Aufträge",
                            "Änderungen je 100 Aufträge",
                            "Sonderwünsche",
                            "Engpass:");
            for (String english : List.of(
                    "All channels",
                    "Online platform",
                    "Received → recorded",
                    "Orders flagged",
                    "Amendments per 100",
                    "Special requests",
                    "Bottleneck",
                    "set against",
                    "median",
                    "Escalated")) {
                assertThat(page).as("no English on the German dashboard").doesNotContain(english);
            }
            manager.screenshot("review-dashboard-de");
            long all = Long.parseLong(manager.text("volume-all").trim().replace(".", ""));

            byte[] xlsx = manager.download(manager.byId("downloadXlsx").getAttribute("href"));
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Menge");
                assertThat(cell(book.getSheet("Menge"), "Alle Kanäle", 1)).isEqualTo(all);
                assertThat(rowOf(book.getSheet("Zeiten der Stufen"), "Erfasst → bestätigt"))
                        .isNotNull();
            }

            manager.go("/review/dashboard.xhtml?period=YEAR");
            await().atMost(Duration.ofSeconds(10))
                    .until(() ->
                            !manager.all(By.cssSelector(".ui-growl-message")).isEmpty());
            assertThat(manager.all(By.cssSelector(".ui-growl-message")).get(0).getText())
                    .contains("Es gibt keinen Zeitraum „YEAR“", "Der letzte Monat wird gezeigt.");
        }
    }

    private static String monthLabel() {
        return TODAY.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " "
                + TODAY.getYear();
    }

    private static long figure(Browser browser, String id) {
        return Long.parseLong(browser.text(id).trim());
    }

    private static Row rowOf(Sheet sheet, String firstCell) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && firstCell.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("No row " + firstCell + " in " + sheet.getSheetName());
    }

    private static long cell(Sheet sheet, String firstCell, int column) {
        return (long) rowOf(sheet, firstCell).getCell(column).getNumericCellValue();
    }
}
