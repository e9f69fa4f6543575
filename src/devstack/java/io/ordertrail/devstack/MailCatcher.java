package io.ordertrail.devstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/**
 * GreenMail as the local mail catcher: accepts every message on its SMTP port, keeps it for reading over IMAP
 * and its REST API, and shows that API in a browser.
 */
public final class MailCatcher implements AutoCloseable {

    private final GreenMail greenMail;
    private final int smtpPort;

    private MailCatcher(GreenMail greenMail, int smtpPort) {
        this.greenMail = greenMail;
        this.smtpPort = smtpPort;
    }

    /** SMTP and IMAP on loopback; port 0 picks free ports. */
    public static MailCatcher start(int smtpPort, int imapPort) {
        ServerSetup smtp = new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        ServerSetup imap = new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP);
        if (smtpPort == 0) {
            smtp = smtp.dynamicPort();
            imap = imap.dynamicPort();
        }
        GreenMail greenMail = new GreenMail(new ServerSetup[] {smtp, imap});
        greenMail.withConfiguration(com.icegreen.greenmail.configuration.GreenMailConfiguration.aConfig()
                .withDisabledAuthentication());
        greenMail.start();
        return new MailCatcher(greenMail, greenMail.getSmtp().getPort());
    }

    public int smtpPort() {
        return smtpPort;
    }

    public List<MimeMessage> received() {
        return List.of(greenMail.getReceivedMessages());
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
