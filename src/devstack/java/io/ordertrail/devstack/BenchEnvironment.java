package io.ordertrail.devstack;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** The environment the drill and the benchmarks give Ordertrail: PostgreSQL, their own broker and mail catcher. */
final class BenchEnvironment {

    private BenchEnvironment() {}

    /**
     * @param env the caller's environment, with {@code ORDERTRAIL_DB_URL} naming an empty PostgreSQL database
     * @throws IllegalArgumentException when it names none
     */
    static Map<String, String> forPostgres(Map<String, String> env, int brokerPort, int smtpPort, int httpPort) {
        String dbUrl = env.get("ORDERTRAIL_DB_URL");
        if (dbUrl == null || !dbUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("Set ORDERTRAIL_DB_URL (and _USER, _PASSWORD) to an empty PostgreSQL"
                    + " database: it is read while the server runs");
        }
        Map<String, String> app = new HashMap<>();
        app.put("ORDERTRAIL_DB_URL", dbUrl);
        app.put("ORDERTRAIL_DB_DATASOURCE", "org.postgresql.ds.PGSimpleDataSource");
        app.put("ORDERTRAIL_DB_USER", env.getOrDefault("ORDERTRAIL_DB_USER", "ordertrail"));
        app.put("ORDERTRAIL_DB_PASSWORD", env.getOrDefault("ORDERTRAIL_DB_PASSWORD", "ordertrail"));
        app.put("ORDERTRAIL_JMS_HOST", "127.0.0.1");
        app.put("ORDERTRAIL_JMS_PORT", String.valueOf(brokerPort));
        app.put("ORDERTRAIL_SMTP_HOST", "127.0.0.1");
        app.put("ORDERTRAIL_SMTP_PORT", String.valueOf(smtpPort));
        app.put("ORDERTRAIL_DEMO_DATA", "true");
        app.put("ORDERTRAIL_PUBLIC_URL", "http://localhost:" + httpPort);
        // the load comes from one service account: measure the server, not the account's request limit
        app.put("ORDERTRAIL_API_REQUESTS_PER_MINUTE", "1000000");
        // any other setting of the caller's reaches the server, e.g. ORDERTRAIL_HANDOVER_RELAY_LANES=1 to compare
        env.forEach((name, value) -> {
            if (name.startsWith("ORDERTRAIL_")) {
                app.putIfAbsent(name, value);
            }
        });
        return app;
    }

    /** A connection to the database of an environment {@link #forPostgres} made, for the scripts' own checks. */
    static Connection database(Map<String, String> app) throws SQLException {
        return DriverManager.getConnection(
                app.get("ORDERTRAIL_DB_URL"), app.get("ORDERTRAIL_DB_USER"), app.get("ORDERTRAIL_DB_PASSWORD"));
    }

    /** The embedded broker of a benchmark, its journal in the benchmark's data folder. */
    static EmbeddedBroker startBroker(Path base, Path data, Map<String, String> env) throws Exception {
        return EmbeddedBroker.start(
                base.resolve("server-config/artemis/broker.xml"),
                data.resolve("broker"),
                ChannelBenchmark.BROKER_PORT,
                5,
                EmbeddedBroker.ApplicationUser.from(env));
    }

    /** Ordertrail as the build made it, on the benchmarks' port, its log appended to the data folder's payara.log. */
    static PayaraMicro startOrdertrail(
            Path base, Path data, String runtime, Map<String, String> app, Map<String, String> env)
            throws java.io.IOException {
        return startOrdertrail(base, data, runtime, ChannelBenchmark.HTTP_PORT, app, env);
    }

    /** Ordertrail as the build made it, on {@code port}, its log appended to the data folder's payara.log. */
    static PayaraMicro startOrdertrail(
            Path base, Path data, String runtime, int port, Map<String, String> app, Map<String, String> env)
            throws java.io.IOException {
        return PayaraMicro.start(launch(base, data, runtime, port, app, env, data.resolve("payara.log")));
    }

    /** How {@link #startOrdertrail} starts it, its output appended to {@code log}: the same again after a kill. */
    static PayaraMicro.Launch launch(
            Path base,
            Path data,
            String runtime,
            int port,
            Map<String, String> app,
            Map<String, String> env,
            Path log) {
        return new PayaraMicro.Launch(
                base.resolve("target/payara-micro.jar"),
                base.resolve("target/artemis-ra.rar"),
                base.resolve("target/ordertrail.war"),
                base.resolve("server-config/post-boot-commands.asadmin"),
                base.resolve("server-config/logging.properties"),
                data.resolve(runtime),
                port,
                app,
                ChannelBenchmark.serverOptions(base, env),
                ProcessBuilder.Redirect.appendTo(log.toFile()));
    }
}
