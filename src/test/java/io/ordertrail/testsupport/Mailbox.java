package io.ordertrail.testsupport;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/** The test mail server's mailbox, read as a customer would: the mails about an order, and their text. */
public final class Mailbox {

    private Mailbox() {}

    /** Every mail received so far whose subject names the order. */
    public static List<MimeMessage> about(String orderNumber) {
        return ItEnvironment.mail().received().stream()
                .filter(m -> {
                    try {
                        return m.getSubject().contains(orderNumber);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** The plain-text part of a confirmation (mixed: alternative text and HTML, then the PDF). */
    public static String text(MimeMessage message) throws Exception {
        Multipart mixed = (Multipart) message.getContent();
        Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
        return (String) alternative.getBodyPart(0).getContent();
    }
}
