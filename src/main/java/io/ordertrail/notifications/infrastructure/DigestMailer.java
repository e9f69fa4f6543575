package io.ordertrail.notifications.infrastructure;

import io.ordertrail.notifications.domain.StaffNotification;
import io.ordertrail.platform.i18n.Phrase;
import io.ordertrail.platform.i18n.Texts;
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

    /** The digest in the recipient's language ({@code texts}). */
    public void send(String email, List<StaffNotification> unread, String publicUrl, Texts texts)
            throws MessagingException {
        StringBuilder text = new StringBuilder(texts.get("digest.intro", unread.size())).append("\n\n");
        for (StaffNotification n : unread) {
            text.append("- ")
                    .append(texts.get(Phrase.labelKey(n.getKind())))
                    .append(": ")
                    .append(n.message(texts))
                    .append("\n  ")
                    .append(publicUrl)
                    .append(n.getLink())
                    .append("\n");
        }
        text.append('\n')
                .append(texts.get("digest.switchOff", publicUrl + "/account.xhtml"))
                .append('\n');
        MimeMessage message = new MimeMessage(mail);
        message.setFrom();
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(email, true));
        message.setSubject(texts.get("digest.subject", unread.size()), StandardCharsets.UTF_8.name());
        message.setText(text.toString(), StandardCharsets.UTF_8.name());
        Transport.send(message);
    }
}
