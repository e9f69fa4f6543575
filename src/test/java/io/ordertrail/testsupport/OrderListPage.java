package io.ordertrail.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;

/** The order list as a browser shows it. */
public final class OrderListPage {

    private static final Pattern TOTAL = Pattern.compile("of (\\d+)");
    private static final By PAGE_REPORT = By.cssSelector("[id='ordersForm:orders'] .ui-paginator-current");

    private OrderListPage() {}

    /** How many orders the list found, from its paginator's "1 - 25 of N". */
    public static long total(Browser browser) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !browser.all(PAGE_REPORT).isEmpty());
        String report = browser.all(PAGE_REPORT).get(0).getText();
        Matcher m = TOTAL.matcher(report);
        assertThat(m.find()).as("page report %s", report).isTrue();
        return Long.parseLong(m.group(1));
    }
}
