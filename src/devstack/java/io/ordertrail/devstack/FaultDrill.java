package io.ordertrail.devstack;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The fault drill of SOP step 7 (not a test: it takes minutes and kills processes). It records orders
 * continuously over the API and has each confirmed by email, kills the application server with {@code kill -9}
 * several times and restarts the broker once, then checks that every order whose recording was acknowledged (a
 * 201 or 200) has exactly one stock reservation and one fulfillment task, that no outbox message is left unsent,
 * and that the dead-letter queue is empty. Prints the result as Markdown; exits 1 when a check fails.
 *
 * <pre>
 * ORDERTRAIL_DB_URL=jdbc:postgresql://localhost:5432/ordertrail_drill ORDERTRAIL_DB_USER=ordertrail \
 * ORDERTRAIL_DB_PASSWORD=ordertrail java -cp "target/test-classes:$(cat target/devstack.classpath)" \
 *   io.ordertrail.devstack.FaultDrill [minutes of load, default 4] [kills, default 3] [orders per second, default 4]
 * </pre>
 * The database must be empty (or already Ordertrail's); it runs against PostgreSQL so that the checks can read it
 * while the server runs. The broker, the mail catcher and the server's runtime directory live under
 * {@code target/fault-drill}; the runtime directory, with the transaction log, survives each kill.
 */
public final class FaultDrill {

    private static final int HTTP_PORT = 8091;
    private static final int BROKER_PORT = 61646;
    private static final int SMTP_PORT = 3045;
    private static final int IMAP_PORT = 3145;
    private static final int MAX_DELIVERY_ATTEMPTS = 5;

    private final Path base = Path.of("").toAbsolutePath();
    private final Path data = base.resolve("target/fault-drill");
    private final Map<String, String> env = System.getenv();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final Instant started = Instant.now();
    private final DrillOrders orders = new DrillOrders(URI.create("http://localhost:" + HTTP_PORT), this::note);
    private EmbeddedBroker broker;
    private PayaraMicro payara;
    private PayaraMicro.Launch launch;

    public static void main(String[] args) throws Exception {
        int minutes = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int kills = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        double rate = args.length > 2 ? Double.parseDouble(args[2]) : 4;
        System.exit(new FaultDrill().run(Duration.ofMinutes(minutes), kills, rate) ? 0 : 1);
    }

    private boolean run(Duration load, int kills, double rate) throws Exception {
        Map<String, String> appEnv = BenchEnvironment.forPostgres(env, BROKER_PORT, SMTP_PORT, HTTP_PORT);
        PayaraMicro.deleteRecursively(data);
        Files.createDirectories(data);
        broker = startBroker();
        MailCatcher mail = MailCatcher.start(SMTP_PORT, IMAP_PORT);
        launch = new PayaraMicro.Launch(
                base.resolve("target/payara-micro.jar"),
                base.resolve("target/artemis-ra.rar"),
                base.resolve("target/ordertrail.war"),
                base.resolve("server-config/post-boot-commands.asadmin"),
                base.resolve("server-config/logging.properties"),
                data.resolve("payara-runtime"),
                HTTP_PORT,
                appEnv,
                PayaraMicro.jvmProfile(base, "production"),
                ProcessBuilder.Redirect.appendTo(data.resolve("payara.log").toFile()));
        payara = PayaraMicro.start(launch);
        payara.awaitReady(Duration.ofSeconds(180));
        note("Ordertrail ready on " + payara.baseUri() + " (PostgreSQL, embedded broker, GreenMail)");

        Thread loader = new Thread(() -> orders.load(rate), "drill-load");
        loader.start();
        Duration between = load.dividedBy(kills + 1);
        for (int kill = 1; kill <= kills; kill++) {
            if (kill == 2) { // the broker goes away under the running server, between two kills
                Thread.sleep(between.toMillis() / 2);
                broker.close();
                note("broker stopped under the running server ("
                        + orders.acknowledged().size() + " orders acknowledged)");
                Thread.sleep(3000);
                broker = startBroker();
                note("broker started again");
                Thread.sleep(between.toMillis() / 2);
            } else {
                Thread.sleep(between.toMillis());
            }
            payara.kill();
            note("kill -9 of the application server (" + orders.acknowledged().size() + " orders acknowledged so far)");
            payara = PayaraMicro.restart(launch);
            payara.awaitReady(Duration.ofSeconds(180));
            note("application server back after restart " + kill);
        }
        Thread.sleep(between.toMillis());
        orders.stop();
        loader.join();
        note("load stopped: " + orders.acknowledged().size() + " orders acknowledged, " + orders.failedRequests()
                + " requests failed while the server was down (and were retried)");
        orders.confirmTheRest();

        Instant checking = Instant.now();
        DrillOrders.Verdict verdict = null;
        while (Duration.between(checking, Instant.now()).compareTo(Duration.ofMinutes(5)) < 0) {
            verdict = DrillOrders.verify(appEnv, orders.numbers(), broker.messageCount("DLQ"));
            if (verdict.passed()) {
                break;
            }
            Thread.sleep(2000);
        }
        note("checked " + Duration.between(checking, Instant.now()).toSeconds() + " s after the load stopped");
        report(load, kills, rate, verdict);
        payara.close();
        broker.close();
        mail.close();
        return verdict.passed();
    }

    private EmbeddedBroker startBroker() throws Exception {
        return EmbeddedBroker.start(
                base.resolve("server-config/artemis/broker.xml"),
                data.resolve("broker"),
                BROKER_PORT,
                MAX_DELIVERY_ATTEMPTS,
                EmbeddedBroker.ApplicationUser.from(System.getenv()));
    }

    private void report(Duration load, int kills, double rate, DrillOrders.Verdict verdict) {
        StringBuilder out = new StringBuilder();
        out.append("## Fault drill ")
                .append(started)
                .append("\n\n")
                .append("Load ")
                .append(load.toMinutes())
                .append(" min at ")
                .append(rate)
                .append(" orders/s, ")
                .append(kills)
                .append(" × kill -9 of the application server, 1 broker restart.\n\n")
                .append("| check | result |\n|---|---|\n")
                .append("| orders acknowledged (201/200) | ")
                .append(verdict.orders())
                .append(" |\n")
                .append("| … confirmed | ")
                .append(verdict.confirmed())
                .append(" |\n")
                .append("| … handed over once to each team: each line reserved once, one task once confirmed | ")
                .append(verdict.orders() - verdict.problems().size())
                .append(" |\n")
                .append("| reservations / fulfillment tasks in total | ")
                .append(verdict.reservations())
                .append(" / ")
                .append(verdict.tasks())
                .append(" |\n")
                .append("| messages on DLQ | ")
                .append(verdict.deadLetters())
                .append(" |\n")
                .append("| outbox messages not sent | ")
                .append(verdict.unsent())
                .append(" |\n")
                .append("| requests that failed while the server was down (retried) | ")
                .append(orders.failedRequests())
                .append(" |\n")
                .append("| verdict | ")
                .append(verdict.passed() ? "**passed**" : "**FAILED**")
                .append(" |\n\n")
                .append("Timeline:\n\n");
        log.forEach(line -> out.append("- ").append(line).append('\n'));
        if (!verdict.problems().isEmpty()) {
            out.append("\nProblems (first 20):\n\n");
            verdict.problems().stream()
                    .limit(20)
                    .forEach(p -> out.append("- ").append(p).append('\n'));
        }
        System.out.println(out);
    }

    private void note(String what) {
        String line = String.format(
                "%5.1f s: %s", Duration.between(started, Instant.now()).toMillis() / 1000.0, what);
        log.add(line);
        System.out.println("[drill] " + line);
    }

    private FaultDrill() {}
}
