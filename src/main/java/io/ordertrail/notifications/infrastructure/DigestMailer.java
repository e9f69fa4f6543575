package io.ordertrail.notifications.infrastructure;

import io.ordertrail.notifications.domain.StaffNotification;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Mails a person the digest of their unread notifications, each with the address of its page. */
@ApplicationScoped
public class DigestMailer {

    @Resource(lookup = "mail/ordertrail")
    Session mail;

    public void send(String email, List<StaffNotification> unread, String publicUrl) throws MessagingException {
        StringBuilder text = new StringBuilder("You have ")
                .append(unread.size())
                .append(unread.size() == 1 ? " unread notification" : " unread notifications")
                .append(" in Ordertrail:\n\n");
        for (StaffNotification n : unread) {
            text.append("- ")
                    .append(n.getKind().getLabel())
                    .append(": ")
                    .append(n.getMessage())
                    .append("\n  ")
                    .append(publicUrl)
                    .append(n.getLink())
                    .append("\n");
        }
        text.append("\nSwitch this digest off on your account page: ")
                .append(publicUrl)
                .append("/account.xhtml\n");
        MimeMessage message = new MimeMessage(mail);
        message.setFrom();
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(email, true));
        message.setSubject(
                "Ordertrail: " + unread.size()
                        + (unread.size() == 1 ? " unread notification" : " unread notifications"),
                StandardCharsets.UTF_8.name());
        message.setText(text.toString(), StandardCharsets.UTF_8.name());
        Transport.send(message);
    }
}
