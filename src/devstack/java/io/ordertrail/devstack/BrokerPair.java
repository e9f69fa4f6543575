package io.ordertrail.devstack;

import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * A live/backup pair of Artemis brokers on this machine, each in a JVM of its own so that it can be killed with
 * {@code kill -9}: the primary ({@code server-config/artemis/pair-primary.properties}) and the backup
 * ({@code pair-backup.properties}), both configured by broker.xml, replicating the primary's journal to the backup.
 * The clients are given both addresses (ORDERTRAIL_JMS_HOST/_PORT and ORDERTRAIL_JMS_BACKUP_HOST/_PORT) and fail
 * over to whichever is live.
 */
public final class BrokerPair implements AutoCloseable {

    /**
     * The line a broker's JVM prints when its state changes: "…active" (it serves clients), "…in-step" (a backup
     * ready to take over) or "…passive" (a backup not yet in step).
     */
    private static final String STATE = "ordertrail-broker-state ";

    /** The pair's two parts. */
    public enum Part {
        PRIMARY("pair-primary.properties"),
        BACKUP("pair-backup.properties");

        private final String properties;

        Part(String properties) {
            this.properties = properties;
        }
    }

    private final Member primary;
    private final Member backup;
    private final EmbeddedBroker.ApplicationUser application;

    private BrokerPair(Member primary, Member backup, EmbeddedBroker.ApplicationUser application) {
        this.primary = primary;
        this.backup = backup;
        this.application = application;
    }

    /**
     * Starts the primary on {@code primaryPort} and the backup on {@code primaryPort + 1}, data under {@code data}
     * ({@code primary/}, {@code backup/}, and each one's log), and waits until the primary serves and the backup is
     * in step with it.
     */
    public static BrokerPair start(
            Path base, Path data, int primaryPort, int maxDeliveryAttempts, EmbeddedBroker.ApplicationUser application)
            throws Exception {
        // the pair's own password, new at every start: nothing else signs in as the pair's user
        byte[] secret = new byte[24];
        new java.security.SecureRandom().nextBytes(secret);
        String clusterPassword = java.util.HexFormat.of().formatHex(secret);
        Member primary = new Member(
                Part.PRIMARY,
                base,
                data,
                primaryPort,
                primaryPort + 1,
                maxDeliveryAttempts,
                application,
                clusterPassword);
        Member backup = new Member(
                Part.BACKUP,
                base,
                data,
                primaryPort + 1,
                primaryPort,
                maxDeliveryAttempts,
                application,
                clusterPassword);
        BrokerPair pair = new BrokerPair(primary, backup, application);
        try {
            primary.start();
            primary.awaitState("active", Duration.ofSeconds(60));
            backup.start();
            backup.awaitState("in-step", Duration.ofSeconds(60));
        } catch (Exception | Error e) {
            pair.close();
            throw e;
        }
        return pair;
    }

    public Member primary() {
        return primary;
    }

    public Member backup() {
        return backup;
    }

    /** The one serving clients now, or null while neither does (during a fail-over). */
    public Member live() {
        return primary.isActive() ? primary : backup.isActive() ? backup : null;
    }

    /** What the servers' environment says about the pair: the primary's address, and the backup's. */
    public void describeTo(Map<String, String> environment) {
        environment.put("ORDERTRAIL_JMS_HOST", "127.0.0.1");
        environment.put("ORDERTRAIL_JMS_PORT", String.valueOf(primary.port));
        environment.put("ORDERTRAIL_JMS_BACKUP_HOST", "127.0.0.1");
        environment.put("ORDERTRAIL_JMS_BACKUP_PORT", String.valueOf(backup.port));
    }

    /** A client's URL for the pair: both addresses, failing over between them, retrying for ever. */
    public String clientUrl() {
        return "(tcp://127.0.0.1:" + primary.port + ",tcp://127.0.0.1:" + backup.port
                + ")?ha=true&reconnectAttempts=-1&retryInterval=500&retryIntervalMultiplier=1.5"
                + "&maxRetryInterval=5000";
    }

    /**
     * The messages on the dead-letter queue of the live broker, by the address each was sent to, browsed as the
     * application.
     */
    public Map<String, Integer> deadLetters() {
        try (ActiveMQConnectionFactory factory =
                        new ActiveMQConnectionFactory(clientUrl(), application.name(), application.password());
                JMSContext context = factory.createContext()) {
            Queue queue = context.createQueue("DLQ");
            Map<String, Integer> byAddress = new java.util.TreeMap<>();
            try (QueueBrowser browser = context.createBrowser(queue)) {
                for (Object message : Collections.list(browser.getEnumeration())) {
                    String address = ((jakarta.jms.Message) message).getStringProperty("_AMQ_ORIG_ADDRESS");
                    byAddress.merge(String.valueOf(address), 1, Integer::sum);
                }
            }
            return byAddress;
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException("could not browse DLQ on the broker pair", e);
        }
    }

    @Override
    public void close() {
        backup.stop();
        primary.stop();
    }

    /** One of the pair: a JVM that runs one broker, which the drill may kill and start again. */
    public static final class Member {
        private final Part part;
        private final Path base;
        private final Path data;
        private final int port;
        private final int partnerPort;
        private final int maxDeliveryAttempts;
        private final EmbeddedBroker.ApplicationUser application;
        private final String clusterPassword;
        /** Guards the state: a change wakes whoever waits for one. */
        private final Object changed = new Object();

        private volatile String state = "stopped";
        private volatile Instant stateSince = Instant.now();
        private Process process;

        private Member(
                Part part,
                Path base,
                Path data,
                int port,
                int partnerPort,
                int maxDeliveryAttempts,
                EmbeddedBroker.ApplicationUser application,
                String clusterPassword) {
            this.part = part;
            this.base = base;
            this.data = data;
            this.port = port;
            this.partnerPort = partnerPort;
            this.maxDeliveryAttempts = maxDeliveryAttempts;
            this.application = application;
            this.clusterPassword = clusterPassword;
        }

        public Part part() {
            return part;
        }

        public int port() {
            return port;
        }

        public boolean isActive() {
            return "active".equals(state);
        }

        /** Since when it has been in its present state. */
        public Instant stateSince() {
            return stateSince;
        }

        /** Starts its JVM; its output goes to {@code <data>/<part>.log}. */
        public synchronized void start() throws IOException {
            if (process != null && process.isAlive()) {
                throw new IllegalStateException(this + " is running");
            }
            Files.createDirectories(data);
            Path log = data.resolve(name() + ".log");
            ProcessBuilder builder = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx256m",
                            "-XX:+UseSerialGC",
                            "-cp",
                            System.getProperty("java.class.path"),
                            BrokerPair.class.getName(),
                            part.name(),
                            base.toAbsolutePath().toString(),
                            data.resolve(name()).toAbsolutePath().toString(),
                            String.valueOf(port),
                            String.valueOf(partnerPort),
                            String.valueOf(maxDeliveryAttempts))
                    .redirectErrorStream(true);
            // secrets in the environment, not on the command line, where ps shows them
            builder.environment().put("ORDERTRAIL_JMS_USER", application.name());
            builder.environment().put("ORDERTRAIL_JMS_PASSWORD", application.password());
            builder.environment().put("ORDERTRAIL_BROKER_CLUSTER_PASSWORD", clusterPassword);
            state("starting");
            process = builder.start();
            Process started = process;
            Thread reader = new Thread(() -> follow(started, log), "broker-" + name() + "-output");
            reader.setDaemon(true);
            reader.start();
        }

        private void follow(Process started, Path log) {
            try (BufferedReader lines = new BufferedReader(
                            new InputStreamReader(started.getInputStream(), StandardCharsets.UTF_8));
                    PrintWriter out = new PrintWriter(Files.newBufferedWriter(
                            log, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith(STATE)) {
                        state(line.substring(STATE.length()).trim());
                    }
                    out.println(line);
                    out.flush();
                }
            } catch (IOException e) {
                System.err.println("broker " + name() + ": its output could not be read or logged: " + e);
            }
            state("stopped");
        }

        private void state(String now) {
            synchronized (changed) {
                if (!now.equals(state)) {
                    state = now;
                    stateSince = Instant.now();
                    changed.notifyAll();
                }
            }
        }

        /** Waits until it reports {@code wanted} ("active", "in-step"), or fails after {@code limit}. */
        public void awaitState(String wanted, Duration limit) throws InterruptedException {
            Instant until = Instant.now().plus(limit);
            synchronized (changed) {
                while (!wanted.equals(state)) {
                    if (Instant.now().isAfter(until)) {
                        throw new IllegalStateException("the broker " + name() + " was not " + wanted + " after "
                                + limit.toSeconds() + " s (now " + state + "); see " + data.resolve(name() + ".log"));
                    }
                    changed.wait(100);
                }
            }
        }

        /** kill -9 of its JVM. */
        public synchronized void kill() throws InterruptedException {
            if (process != null) {
                process.destroyForcibly().waitFor();
                state("stopped");
            }
        }

        /** Stops it as an operator would (SIGTERM: the broker shuts down in order). */
        public synchronized void stop() {
            if (process != null && process.isAlive()) {
                process.destroy();
                try {
                    if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                        process.destroyForcibly().waitFor();
                    }
                } catch (InterruptedException e) {
                    process.destroyForcibly();
                    Thread.currentThread().interrupt();
                }
            }
            state("stopped");
        }

        private String name() {
            return part.name().toLowerCase(java.util.Locale.ROOT);
        }

        @Override
        public String toString() {
            return name() + " broker (port " + port + ")";
        }
    }

    /**
     * A broker's JVM: {@code PRIMARY|BACKUP base data port partnerPort maxDeliveryAttempts}, the application's
     * broker user and the pair's password in the environment. It says when it starts or stops serving, and ends when
     * its parent closes its input.
     */
    public static void main(String[] args) throws Exception {
        Part part = Part.valueOf(args[0]);
        Path base = Path.of(args[1]);
        String clusterPassword = System.getenv("ORDERTRAIL_BROKER_CLUSTER_PASSWORD");
        if (clusterPassword == null || clusterPassword.isBlank()) {
            throw new IllegalArgumentException("ORDERTRAIL_BROKER_CLUSTER_PASSWORD is not set: the pair's brokers"
                    + " sign in to each other with it");
        }
        EmbeddedBroker broker = EmbeddedBroker.startInPair(
                base.resolve("server-config/artemis/broker.xml"),
                base.resolve("server-config/artemis/" + part.properties),
                Path.of(args[2]),
                Integer.parseInt(args[3]),
                Integer.parseInt(args[4]),
                Integer.parseInt(args[5]),
                EmbeddedBroker.ApplicationUser.from(System.getenv()),
                clusterPassword);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                broker.close();
            } catch (Exception e) {
                System.err.println("the broker did not stop in order: " + e);
            }
        }));
        Thread parentGone = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // nothing is sent; the end of input is the parent's end
                }
            } catch (IOException e) {
                System.err.println("the broker's input failed: " + e);
            }
            System.exit(0);
        });
        parentGone.setDaemon(true);
        parentGone.start();
        // a monitor, not a test: the broker has no event for "no longer active" that outlives a fail-back's restart
        String said = "";
        while (true) {
            String now = broker.isActive() ? "active" : broker.isBackupInStep() ? "in-step" : "passive";
            if (!now.equals(said)) {
                System.out.println(STATE + now);
                System.out.flush();
                said = now;
            }
            Thread.sleep(100);
        }
    }
}
