package io.ordertrail.devstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the run commands start next to Ordertrail when the environment names no production part: the embedded broker,
 * the mail catcher with its inbox, and the local text-message gateway; each one's address goes into the servers'
 * environment.
 */
final class LocalServices implements AutoCloseable {

    private static final int BROKER_PORT = 61616;
    private static final int SMTP_PORT = 3025;
    private static final int IMAP_PORT = 3143;
    private static final int MAIL_INBOX_PORT = 8025;
    private static final int MESSAGE_PORT = 8026;
    private static final int MAX_DELIVERY_ATTEMPTS = 5;

    private final List<AutoCloseable> started = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private String broker;
    private String mail;
    private String messages;

    private LocalServices() {}

    /**
     * {@link #applicationEnvironment}, or, for an {@code ORDERTRAIL_DB_URL} of a database Ordertrail does not run on,
     * the message that says what to set and an exit with status 2 before anything is started.
     */
    static Map<String, String> applicationEnvironmentOrExit(Map<String, String> env, Path data) {
        try {
            return applicationEnvironment(env, data);
        } catch (IllegalArgumentException e) {
            System.err.println("Ordertrail: " + e.getMessage());
            System.exit(2);
            throw e; // not reached
        }
    }

    /**
     * The servers' environment that the run commands share: demo data (unless {@code ORDERTRAIL_DEMO_DATA} says
     * otherwise) with what the demo ERP partner needs, the records archive under the data directory, and the data
     * source class for an {@code ORDERTRAIL_DB_URL} set without {@code ORDERTRAIL_DB_DATASOURCE} (the application's
     * own default is H2's, which cannot open PostgreSQL).
     *
     * @throws IllegalArgumentException for an {@code ORDERTRAIL_DB_URL} of another database
     */
    static Map<String, String> applicationEnvironment(Map<String, String> env, Path data) {
        Map<String, String> appEnv = new HashMap<>();
        if (env.containsKey("ORDERTRAIL_DB_URL") && !env.containsKey("ORDERTRAIL_DB_DATASOURCE")) {
            String url = env.get("ORDERTRAIL_DB_URL");
            String dataSource = dataSourceFor(url);
            System.out.println("Ordertrail: ORDERTRAIL_DB_DATASOURCE is not set; " + dataSource + " for " + url);
            appEnv.put("ORDERTRAIL_DB_DATASOURCE", dataSource);
        }
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
        return appEnv;
    }

    /**
     * The data source class for a JDBC URL of a database Ordertrail runs on.
     *
     * @throws IllegalArgumentException for a URL of another database, naming the two it knows and what to set
     */
    static String dataSourceFor(String url) {
        if (url.startsWith("jdbc:postgresql:")) {
            return "org.postgresql.ds.PGSimpleDataSource";
        }
        if (url.startsWith("jdbc:h2:")) {
            return "org.h2.jdbcx.JdbcDataSource";
        }
        throw new IllegalArgumentException("ORDERTRAIL_DB_URL is " + url + ", but Ordertrail runs on PostgreSQL"
                + " (jdbc:postgresql://host:5432/database) or, on one machine, H2 (jdbc:h2:file:path). Set it to one"
                + " of those, or unset it for the embedded H2 database.");
    }

    /**
     * Starts each part {@code env} does not name, and puts its address into {@code appEnv}; the broker as a
     * live/backup pair when {@code brokerPair}, each broker in a JVM of its own.
     */
    static LocalServices start(
            Map<String, String> env, Path base, Path data, Map<String, String> appEnv, boolean brokerPair)
            throws Exception {
        LocalServices services = new LocalServices();
        try {
            if (!env.containsKey("ORDERTRAIL_JMS_HOST") && brokerPair) {
                BrokerPair pair = BrokerPair.start(
                        base,
                        data.resolve("broker-pair"),
                        BROKER_PORT,
                        MAX_DELIVERY_ATTEMPTS,
                        EmbeddedBroker.ApplicationUser.from(env));
                services.started(pair, "the broker pair");
                pair.describeTo(appEnv);
                services.broker = "a live/backup pair, primary tcp://127.0.0.1:"
                        + pair.primary().port()
                        + ", backup tcp://127.0.0.1:" + pair.backup().port() + " (logs: "
                        + data.resolve("broker-pair") + ")";
            } else if (!env.containsKey("ORDERTRAIL_JMS_HOST")) {
                EmbeddedBroker embedded = EmbeddedBroker.start(
                        base.resolve("server-config/artemis/broker.xml"),
                        data.resolve("broker"),
                        BROKER_PORT,
                        MAX_DELIVERY_ATTEMPTS,
                        EmbeddedBroker.ApplicationUser.from(env));
                services.started(embedded, "the broker");
                appEnv.put("ORDERTRAIL_JMS_HOST", "127.0.0.1");
                appEnv.put("ORDERTRAIL_JMS_PORT", String.valueOf(embedded.port()));
                services.broker = "embedded, tcp://127.0.0.1:" + embedded.port();
            } else {
                services.broker =
                        env.get("ORDERTRAIL_JMS_HOST") + ":" + env.getOrDefault("ORDERTRAIL_JMS_PORT", "61616");
            }
            if (!env.containsKey("ORDERTRAIL_SMTP_HOST")) {
                // GreenMail in this process (SMTP, and IMAP for a mail client), and its inbox in a browser
                MailCatcher catcher = MailCatcher.start(SMTP_PORT, IMAP_PORT);
                services.started(catcher, "the mail catcher");
                services.started(MailInbox.start(MAIL_INBOX_PORT, catcher), "its inbox");
                appEnv.put("ORDERTRAIL_SMTP_HOST", "127.0.0.1");
                appEnv.put("ORDERTRAIL_SMTP_PORT", String.valueOf(SMTP_PORT));
                services.mail = "Mail catcher: http://localhost:" + MAIL_INBOX_PORT + "/ (SMTP 127.0.0.1:" + SMTP_PORT
                        + ", IMAP " + IMAP_PORT + ")";
            } else {
                services.mail = "Mail: " + env.get("ORDERTRAIL_SMTP_HOST");
            }
            if (!env.containsKey("ORDERTRAIL_MESSAGE_GATEWAY_URL")) {
                MessageCatcher catcher = MessageCatcher.start(MESSAGE_PORT);
                services.started(catcher, "the text-message gateway");
                appEnv.put("ORDERTRAIL_MESSAGE_GATEWAY_URL", catcher.url());
                services.messages = catcher.url() + " (the local gateway; GET lists what was sent)";
            } else {
                services.messages = env.get("ORDERTRAIL_MESSAGE_GATEWAY_URL");
            }
        } catch (Exception | Error e) {
            services.close();
            throw e;
        }
        return services;
    }

    private void started(AutoCloseable part, String name) {
        started.add(0, part); // stopped in the reverse order
        names.add(name);
    }

    /** What it started, for the line that says what a stop stops ("the broker, the mail catcher"). */
    String startedNames() {
        return String.join(", ", names);
    }

    /** The banner's lines about the mail, the text messages and the broker. */
    String describe() {
        return mail + "\n Text messages: " + messages + "\n Broker: " + broker;
    }

    @Override
    public void close() throws Exception {
        Exception first = null;
        for (AutoCloseable part : started) {
            try {
                part.close();
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
