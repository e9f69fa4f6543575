package io.ordertrail.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The README's run command. Starts whatever is not configured to be external (the broker, the mail catcher),
 * then Payara Micro with Ordertrail, waits until it is ready and prints where to go and how to log in.
 * Ctrl-C stops everything it started.
 *
 * <p>Environment variables (see the README's configuration table): {@code ORDERTRAIL_HTTP_PORT},
 * {@code ORDERTRAIL_DATA_DIR}, {@code ORDERTRAIL_DB_URL} (and _USER, _PASSWORD, _DATASOURCE),
 * {@code ORDERTRAIL_JMS_HOST} (and _PORT, _USER, _PASSWORD), {@code ORDERTRAIL_SMTP_HOST} (and _PORT,
 * _USER, _PASSWORD), {@code ORDERTRAIL_DEMO_DATA}.
 */
public final class DevStack {

    private static final int BROKER_PORT = 61616;
    private static final int SMTP_PORT = 3025;
    private static final int IMAP_PORT = 3143;
    private static final int MAIL_INBOX_PORT = 8025;
    private static final int MESSAGE_PORT = 8026;
    private static final int MAX_DELIVERY_ATTEMPTS = 5;

    private DevStack() {}

    public static void main(String[] args) throws Exception {
        Instant started = Instant.now();
        Map<String, String> env = System.getenv();
        Path base = Path.of("").toAbsolutePath();
        Path data = Path.of(env.getOrDefault("ORDERTRAIL_DATA_DIR", "data")).toAbsolutePath();
        int httpPort = Integer.parseInt(env.getOrDefault("ORDERTRAIL_HTTP_PORT", "8080"));
        Files.createDirectories(data);

        Map<String, String> appEnv = new HashMap<>();
        appEnv.put("ORDERTRAIL_DEMO_DATA", env.getOrDefault("ORDERTRAIL_DEMO_DATA", "true"));
        if ("true".equals(appEnv.get("ORDERTRAIL_DEMO_DATA")) && !env.containsKey("ORDERTRAIL_ERP_BUYERS")) {
            // the OASIS example order's buyer, also for a data directory made before customers had GLNs
            appEnv.put("ORDERTRAIL_ERP_BUYERS", "7300070011115=C-1001");
        }
        if ("true".equals(appEnv.get("ORDERTRAIL_DEMO_DATA")) && !env.containsKey("ORDERTRAIL_ERP_SELLER_ENDPOINT")) {
            // a demo electronic address in PEPPOL (a well-formed GLN), so that a partner may speak PEPPOL BIS
            appEnv.put("ORDERTRAIL_ERP_SELLER_ENDPOINT", "0088:5790000435975");
        }

        if (!env.containsKey("ORDERTRAIL_RECORDS_ARCHIVE_DIR")) {
            appEnv.put("ORDERTRAIL_RECORDS_ARCHIVE_DIR", data.resolve("archive").toString());
        }

        if (!env.containsKey("ORDERTRAIL_DB_URL")) {
            appEnv.put("ORDERTRAIL_DB_URL", "jdbc:h2:file:" + data.resolve("db/ordertrail"));
            appEnv.put("ORDERTRAIL_DB_DATASOURCE", "org.h2.jdbcx.JdbcDataSource");
            appEnv.put("ORDERTRAIL_DB_USER", "ordertrail");
            appEnv.put("ORDERTRAIL_DB_PASSWORD", "ordertrail");
        }

        EmbeddedBroker broker = null;
        if (!env.containsKey("ORDERTRAIL_JMS_HOST")) {
            broker = EmbeddedBroker.start(
                    base.resolve("server-config/artemis/broker.xml"),
                    data.resolve("broker"),
                    BROKER_PORT,
                    MAX_DELIVERY_ATTEMPTS,
                    EmbeddedBroker.ApplicationUser.from(env));
            appEnv.put("ORDERTRAIL_JMS_HOST", "127.0.0.1");
            appEnv.put("ORDERTRAIL_JMS_PORT", String.valueOf(broker.port()));
        }

        boolean mailCatcher = !env.containsKey("ORDERTRAIL_SMTP_HOST");
        MailCatcher mail = null;
        MailInbox inbox = null;
        if (mailCatcher) {
            // GreenMail in this process (SMTP, and IMAP for a mail client), and its inbox in a browser
            mail = MailCatcher.start(SMTP_PORT, IMAP_PORT);
            inbox = MailInbox.start(MAIL_INBOX_PORT, mail);
            appEnv.put("ORDERTRAIL_SMTP_HOST", "127.0.0.1");
            appEnv.put("ORDERTRAIL_SMTP_PORT", String.valueOf(SMTP_PORT));
        }

        MessageCatcher messageCatcher = null;
        if (!env.containsKey("ORDERTRAIL_MESSAGE_GATEWAY_URL")) {
            messageCatcher = MessageCatcher.start(MESSAGE_PORT);
            appEnv.put("ORDERTRAIL_MESSAGE_GATEWAY_URL", messageCatcher.url());
        }

        PayaraMicro payara = PayaraMicro.start(new PayaraMicro.Launch(
                base.resolve("target/payara-micro.jar"),
                base.resolve("target/artemis-ra.rar"),
                base.resolve("target/ordertrail.war"),
                base.resolve("server-config/post-boot-commands.asadmin"),
                base.resolve("server-config/logging.properties"),
                data.resolve("payara-runtime"),
                httpPort,
                appEnv,
                PayaraMicro.jvmProfile(base, env.getOrDefault("ORDERTRAIL_JVM_PROFILE", "quick-start")),
                ProcessBuilder.Redirect.INHERIT));

        EmbeddedBroker startedBroker = broker;
        MessageCatcher startedMessages = messageCatcher;
        MailCatcher startedMail = mail;
        MailInbox startedInbox = inbox;
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            System.out.println(
                                    "Ordertrail: stopping Payara Micro" + (startedBroker != null ? ", the broker" : "")
                                            + (mailCatcher ? " and the mail catcher" : "") + "…");
                            try {
                                payara.close();
                                if (startedBroker != null) {
                                    startedBroker.close();
                                }
                                if (startedMessages != null) {
                                    startedMessages.close();
                                }
                                if (startedInbox != null) {
                                    startedInbox.close();
                                    startedMail.close();
                                }
                            } catch (Exception e) {
                                System.err.println("Ordertrail: could not stop cleanly: " + e);
                            }
                            stopped.countDown();
                        },
                        "ordertrail-shutdown"));

        payara.awaitReady(Duration.ofSeconds(180));
        double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
        System.out.printf(
                """

                ================================================================================
                 Ordertrail is ready after %.1f s:  %s
                 Demo logins (password: demo): sales, inventory, fulfillment, manager, admin
                 Health: %shealth/ready   Data: %s
                 %s
                 Text messages: %s
                 Broker: %s
                 ERP partner on the broker: user demo-erp, password demo-erp-password
                   (sends to erp.orders.in; answers on erp.answers.demo-erp)
                 Stop everything with Ctrl-C.
                ================================================================================
                %n""",
                seconds,
                payara.baseUri(),
                payara.baseUri(),
                data,
                mailCatcher
                        ? "Mail catcher: http://localhost:" + MAIL_INBOX_PORT + "/ (SMTP 127.0.0.1:" + SMTP_PORT
                                + ", IMAP " + IMAP_PORT + ")"
                        : "Mail: " + env.get("ORDERTRAIL_SMTP_HOST"),
                startedMessages != null
                        ? startedMessages.url() + " (the local gateway; GET lists what was sent)"
                        : env.get("ORDERTRAIL_MESSAGE_GATEWAY_URL"),
                startedBroker != null
                        ? "embedded, tcp://127.0.0.1:" + BROKER_PORT
                        : env.get("ORDERTRAIL_JMS_HOST") + ":" + env.getOrDefault("ORDERTRAIL_JMS_PORT", "61616"));
        stopped.await();
    }
}
