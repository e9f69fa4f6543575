package io.ordertrail.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ordertrail.testsupport.Browser;
import io.ordertrail.testsupport.HttpSession;
import io.ordertrail.testsupport.SharedOrdertrail;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Files kept with an order (issue 15): a PDF comes back byte for byte as a download; an executable renamed .pdf and a
 * file over the limit are refused at the field, and nothing of them is kept.
 */
@Order(3)
class OrderAttachmentsInBrowserIT {

    @TempDir
    Path files;

    private static byte[] pdf(int size, long seed) {
        byte[] content = new byte[size];
        new Random(seed).nextBytes(content);
        byte[] header = "%PDF-1.7\n%\u00e2\u00e3\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(header, 0, content, 0, header.length);
        return content;
    }

    @Test
    void aPdfDownloadsUnchangedWhileAProgramNamedPdfAndAnOversizedFileAreRefused() throws Exception {
        try (Browser sales = Browser.open(SharedOrdertrail.baseUri())) {
            sales.signInAs("sales");
            String orderNumber = new NewOrderPage(sales)
                    .customer("Nordic", "C-1004")
                    .line(0, "RLR", "RLR-230", 1)
                    .record();

            byte[] original = pdf(300_000, 42);
            Path purchaseOrder = Files.write(files.resolve("PO 4711 från Nordic.pdf"), original);
            sales.choose("attachmentsForm:attachedTo", "Version 1", "Version 1");
            sales.type("attachmentsForm:about", "the customer's purchase order");
            sales.byId("attachmentsForm:about").sendKeys(Keys.TAB); // on to the file, as a person would
            sales.awaitAjax();
            upload(sales, purchaseOrder);
            await().atMost(Duration.ofSeconds(20)).until(() -> rowOf(sales, "PO 4711 från Nordic.pdf") != null);
            assertThat(rowOf(sales, "PO 4711 från Nordic.pdf").getText())
                    .contains("the customer's purchase order")
                    .contains("Version 1")
                    .contains("sales");
            assertThat(sales.text("timeline")).contains("File attached").contains("about version 1");

            String href = rowOf(sales, "PO 4711 från Nordic.pdf")
                    .findElement(By.cssSelector("a.ot-download"))
                    .getAttribute("href");
            HttpSession session = new HttpSession(SharedOrdertrail.baseUri());
            session.signIn("sales", "demo");
            HttpResponse<byte[]> download = session.getBytes(URI.create(href).getPath());
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.body()).as("the same bytes").isEqualTo(original);
            assertThat(download.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
            assertThat(download.headers().firstValue("Content-Disposition"))
                    .hasValueSatisfying(d -> assertThat(d)
                            .startsWith("attachment;")
                            .contains("filename*=UTF-8''PO%204711%20fr%C3%A5n%20Nordic.pdf"));

            byte[] program = new byte[4096];
            new Random(7).nextBytes(program);
            program[0] = 'M';
            program[1] = 'Z';
            upload(sales, Files.write(files.resolve("invoice.pdf"), program));
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(sales.text("attachmentsForm:fileMessage"))
                            .contains("invoice.pdf is none of the files kept with orders"));
            sales.screenshot("attachment-refused");

            upload(sales, Files.write(files.resolve("scan.pdf"), pdf(9 * 1024 * 1024, 3)));
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(sales.text("attachmentsForm:fileMessage"))
                            .contains("scan.pdf is 9.0 MB; files up to 8.0 MB are kept"));
            sales.assertNoJavaScriptErrors();

            sales.go("/orders/order.xhtml?number=" + orderNumber);
            assertThat(sales.all(By.cssSelector("[id='attachmentsForm:attachments_data'] tr")))
                    .as("only the PDF is kept")
                    .hasSize(1);
        }
    }

    private static void upload(Browser browser, Path file) {
        browser.byId("attachmentsForm:file_input")
                .sendKeys(file.toAbsolutePath().toString());
        browser.awaitAjax();
    }

    private static WebElement rowOf(Browser browser, String text) {
        return browser.all(By.cssSelector("[id='attachmentsForm:attachments_data'] tr")).stream()
                .filter(tr -> tr.getText().contains(text))
                .findFirst()
                .orElse(null);
    }
}
