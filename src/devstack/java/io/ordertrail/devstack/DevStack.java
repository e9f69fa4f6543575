package io.ordertrail.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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

    private DevStack() {}

    public static void main(String[] args) throws Exception {
        Instant started = Instant.now();
        Map<String, String> env = System.getenv();
        Path base = Path.of("").toAbsolutePath();
        Path data = Path.of(env.getOrDefault("ORDERTRAIL_DATA_DIR", "data")).toAbsolutePath();
        int httpPort = Integer.parseInt(env.getOrDefault("ORDERTRAIL_HTTP_PORT", "8080"));
        Files.createDirectories(data);

        Map<String, String> appEnv = LocalServices.applicationEnvironmentOrExit(env, data);
        if (!env.containsKey("ORDERTRAIL_DB_URL")) {
            appEnv.put("ORDERTRAIL_DB_URL", "jdbc:h2:file:" + data.resolve("db/ordertrail"));
            appEnv.put("ORDERTRAIL_DB_DATASOURCE", "org.h2.jdbcx.JdbcDataSource");
            appEnv.put("ORDERTRAIL_DB_USER", "ordertrail");
            appEnv.put("ORDERTRAIL_DB_PASSWORD", "ordertrail");
        }
        LocalServices services = LocalServices.start(env, base, data, appEnv, false);

        PayaraMicro payara = PayaraMicro.start(
                launch(base, data.resolve("payara-runtime"), httpPort, appEnv, env, ProcessBuilder.Redirect.INHERIT));

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            System.out.println("Ordertrail: stopping Payara Micro"
                                    + (services.startedNames().isEmpty() ? "" : ", " + services.startedNames())
                                    + "…");
                            try {
                                payara.close();
                                services.close();
                            } catch (Exception e) {
                                System.err.println("Ordertrail: could not stop cleanly: " + e);
                            }
                            stopped.countDown();
                        },
                        "ordertrail-shutdown"));

        payara.awaitReady(Duration.ofSeconds(180));
        double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
        System.out.printf("""

                ================================================================================
                 Ordertrail is ready after %.1f s:  %s
                 Demo logins (password: demo): sales, inventory, fulfillment, manager, admin
                 Health: %shealth/ready   Data: %s
                 %s
                 ERP partner on the broker: user demo-erp, password demo-erp-password
                   (sends to erp.orders.in; answers on erp.answers.demo-erp)
                 Stop everything with Ctrl-C.
                ================================================================================
                %n""", seconds, payara.baseUri(), payara.baseUri(), data, services.describe());
        stopped.await();
    }

    /** Payara Micro with this checkout's build and server configuration, in the JVM profile the environment asks. */
    static PayaraMicro.Launch launch(
            Path base,
            Path runtime,
            int port,
            Map<String, String> appEnv,
            Map<String, String> env,
            ProcessBuilder.Redirect output) {
        return new PayaraMicro.Launch(
                base.resolve("target/payara-micro.jar"),
                base.resolve("target/artemis-ra.rar"),
                base.resolve("target/ordertrail.war"),
                base.resolve("server-config/post-boot-commands.asadmin"),
                base.resolve("server-config/logging.properties"),
                runtime,
                port,
                appEnv,
                PayaraMicro.jvmProfile(base, env.getOrDefault("ORDERTRAIL_JVM_PROFILE", "quick-start")),
                output);
    }
}
