package io.ordertrail.communication.infrastructure;

import io.ordertrail.communication.domain.Communication;
import io.ordertrail.platform.BusinessClock;
import io.ordertrail.platform.TextPdf;
import jakarta.activation.DataHandler;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/**
 * Sends an email confirmation through the configured mail session (Jakarta Mail, SMTP): HTML with a plain-text
 * alternative, and the confirmation as a PDF attachment. The Message-ID names the communication, so a mail system
 * that sees the same message twice can tell.
 */
@ApplicationScoped
public class EmailSender {

    @Inject
    BusinessClock clock;

    @Resource(lookup = "mail/ordertrail")
    Session mail;

    /** An email as it was handed to the mail server, and the PDF it carried. */
    /** The message as it went to the mail server, and its PDF (null for a dispatch notice, which has none). */
    public record Sent(byte[] message, byte[] pdf) {}

    /**
     * Sends the email, with the acknowledgement link (or null for none) where the stored copy has a placeholder;
     * returns it as sent.
     */
    public Sent send(Communication communication, String acknowledgeUrl) throws MessagingException, IOException {
        String textContent =
                acknowledgeUrl == null ? communication.getTextContent() : communication.textWith(acknowledgeUrl);
        String htmlContent =
                acknowledgeUrl == null ? communication.getHtmlContent() : communication.htmlWith(acknowledgeUrl);
        MimeMessage message = new MimeMessage(mail) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader(
                        "Message-ID",
                        "<confirmation-" + communication.getId() + "." + communication.getOrderNumber()
                                + "@ordertrail>");
            }
        };
        message.setFrom();
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(communication.getRecipient(), true));
        message.setSubject(communication.getSubject(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.now()));

        MimeBodyPart text = new MimeBodyPart();
        text.setText(textContent, StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(htmlContent, "text/html; charset=UTF-8");
        MimeMultipart alternative = new MimeMultipart("alternative", text, html);
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);

        byte[] pdfBytes = null;
        if (communication.isDispatchNotice()) {
            message.setContent(new MimeMultipart("mixed", body));
        } else {
            // a confirmation or cancellation is a document the customer keeps: as a PDF too
            pdfBytes = TextPdf.render(communication.getSubject(), textContent);
            MimeBodyPart pdf = new MimeBodyPart();
            pdf.setDataHandler(new DataHandler(new ByteArrayDataSource(pdfBytes, "application/pdf")));
            pdf.setFileName("confirmation-" + communication.getOrderNumber() + ".pdf");
            message.setContent(new MimeMultipart("mixed", body, pdf));
        }
        Transport.send(message);
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        message.writeTo(sent); // the headers and parts Transport.send saved, as they went to the mail server
        return new Sent(sent.toByteArray(), pdfBytes);
    }
}
