package io.ordertrail.review.infrastructure;

import jakarta.activation.DataHandler;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;

/** Mails a review report to one manager: the summary as text, the report as a PDF attachment. */
@ApplicationScoped
public class ReviewReportMailer {

    @Resource(lookup = "mail/ordertrail")
    Session mail;

    public void send(String email, String subject, String text, String fileName, byte[] pdf) throws MessagingException {
        MimeMessage message = new MimeMessage(mail);
        message.setFrom();
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(email, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        MimeBodyPart body = new MimeBodyPart();
        body.setText(text, StandardCharsets.UTF_8.name());
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(pdf, "application/pdf")));
        attachment.setFileName(fileName);
        message.setContent(new MimeMultipart("mixed", body, attachment));
        Transport.send(message);
    }
}
