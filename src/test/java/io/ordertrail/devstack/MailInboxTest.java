package io.ordertrail.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The run command's mail inbox: what was sent, newest first, each message's text and its attachment. */
class MailInboxTest {

    private MailCatcher mail;
    private MailInbox inbox;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        mail = MailCatcher.start(0, 0);
        inbox = MailInbox.start(0, mail);
    }

    @AfterEach
    void stop() {
        inbox.close();
        mail.close();
    }

    private void send(String subject, String text, byte[] pdf) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(mail.smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("orders@ordertrail.invalid"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("buyer@example.com"));
        message.setSubject(subject);
        MimeBodyPart body = new MimeBodyPart();
        body.setText(text, "UTF-8");
        MimeMultipart parts = new MimeMultipart(body);
        if (pdf != null) {
            MimeBodyPart attachment = new MimeBodyPart();
            attachment.setContent(pdf, "application/pdf");
            attachment.setFileName("ORD-2026-000001.pdf");
            parts.addBodyPart(attachment);
        }
        message.setContent(parts);
        Transport.send(message);
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(inbox.url()).resolve(path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private String page(String path) throws Exception {
        HttpResponse<byte[]> response = get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Test
    void anEmptyInboxSaysHowMailArrives() throws Exception {
        assertThat(page("/")).contains("Nothing yet");
    }

    @Test
    void theInboxListsTheNewestFirstAndShowsEachMessageWithItsAttachment() throws Exception {
        byte[] pdf = "%PDF-1.4 confirmation".getBytes(StandardCharsets.US_ASCII);
        send("Order ORD-2026-000001 confirmed", "Dear <Acme>,\nThank you for your order.", pdf);
        send("Order ORD-2026-000002 confirmed", "Dear Brightside,", null);

        String list = page("/");
        assertThat(list).contains("2 message(s)", "buyer@example.com");
        assertThat(list.indexOf("ORD-2026-000002")).isLessThan(list.indexOf("ORD-2026-000001"));

        String first = page("/message/1");
        assertThat(first)
                .contains("Order ORD-2026-000001 confirmed", "Dear &lt;Acme&gt;,\nThank you for your order.")
                .contains("ORD-2026-000001.pdf");
        HttpResponse<byte[]> attachment = get("/message/1/attachment/1");
        assertThat(attachment.statusCode()).isEqualTo(200);
        assertThat(attachment.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(attachment.body()).isEqualTo(pdf);

        assertThat(get("/message/3").statusCode()).isEqualTo(404);
        assertThat(get("/message/1/attachment/2").statusCode()).isEqualTo(404);
    }
}
