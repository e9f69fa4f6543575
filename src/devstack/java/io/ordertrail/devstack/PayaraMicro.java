package io.ordertrail.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Payara Micro running Ordertrail in a child process: the Artemis RAR first, then the WAR, with the post-boot
 * command file. Ready means the application's own readiness checks say UP (the log line "ready" is not enough:
 * Payara prints it even when the WAR failed to deploy).
 */
public final class PayaraMicro implements AutoCloseable {

    private final Process process;
    private final int port;

    private PayaraMicro(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Everything needed to start one Payara Micro with Ordertrail. */
    public record Launch(
            Path payaraJar,
            Path rar,
            Path war,
            Path postBoot,
            Path logging,
            Path runtimeDir,
            int port,
            Map<String, String> environment,
            List<String> jvmOptions,
            ProcessBuilder.Redirect output) {}

    /**
     * A JVM profile of {@code server-config/jvm} ({@code production} or {@code quick-start}), as a java argument file.
     *
     * @throws IllegalArgumentException naming the profiles there are, when there is no such profile
     */
    public static List<String> jvmProfile(Path base, String profile) {
        Path file = base.resolve("server-config/jvm/" + profile + ".options");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("No JVM profile " + file + ": use production or quick-start");
        }
        return List.of("@" + file.toAbsolutePath());
    }

    public static PayaraMicro start(Launch launch) throws IOException {
        deleteRecursively(launch.runtimeDir());
        return restart(launch);
    }

    /**
     * Starts Payara Micro on the runtime directory a previous run left, as after a crash: its transaction log is
     * still there, so transactions the crash left in doubt are recovered.
     */
    /** The pre-boot command file, next to the post-boot one: settings of the HTTP listener before it starts. */
    static final String PRE_BOOT = "pre-boot-commands.asadmin";

    /** The readiness gate's WAR, next to Ordertrail's. */
    static final String READINESS_GATE = "readiness-gate.war";

    /**
     * Where the Payara Server console's data grid is ({@code host:port}, for example {@code 127.0.0.1:20049}): set,
     * the instance joins it, and the console (DAS) sees and manages it; unset, the instance runs alone.
     */
    public static final String DAS_DATA_GRID = "ORDERTRAIL_DAS_DATA_GRID";

    /**
     * The instance's name among the servers on one database and in the console; {@code ordertrail-<port>} when
     * unset.
     */
    public static final String INSTANCE_NAME = "ORDERTRAIL_INSTANCE_NAME";

    /**
     * The other Ordertrail servers' data grid addresses ({@code host:port,host:port}, for example
     * {@code 127.0.0.1:6900,127.0.0.1:6901}): set, the instance forms one data grid with them, where the sessions are
     * kept, so that a session goes on on another server when its own dies.
     */
    public static final String DATA_GRID_MEMBERS = "ORDERTRAIL_DATA_GRID_MEMBERS";

    /**
     * Whether the sessions are written to the data grid after every request (post-boot commands): set by the launch,
     * true when the instance is in a data grid with other servers or the console, false when it runs alone.
     */
    static final String SESSIONS_ON_DATA_GRID = "ORDERTRAIL_SESSIONS_ON_DATA_GRID";

    /** The port this instance's data grid member listens on; the first free one from 6900 when unset. */
    public static final String DATA_GRID_PORT = "ORDERTRAIL_DATA_GRID_PORT";

    /**
     * The options that join the console's data grid or the other servers', or keep the instance alone; from the
     * child's environment.
     */
    static List<String> dataGrid(Map<String, String> environment, int port) {
        String das = environment.get(DAS_DATA_GRID);
        String members = environment.get(DATA_GRID_MEMBERS);
        String name = environment.getOrDefault(INSTANCE_NAME, "ordertrail-" + port);
        if (das != null && !das.isBlank()) {
            return List.of("--clusterMode", "domain:" + das.trim(), "--name", name);
        }
        if (members == null || members.isBlank()) {
            return List.of("--nocluster");
        }
        List<String> options = new ArrayList<>(List.of(
                "--clusterMode", "tcpip:" + members.replace(" ", ""), "--clustername", "ordertrail", "--name", name));
        String own = environment.get(DATA_GRID_PORT);
        if (own != null && !own.isBlank()) {
            options.addAll(List.of("--startport", own.trim()));
        }
        if (onlyLoopback(members)) {
            // every member on this machine: the data grid keeps a session's backup copy on another member only when
            // that member is on another host, unless told otherwise; here the other member is the only other copy
            options.addAll(List.of("--nohostaware", "--interfaces", "127.0.0.1"));
        }
        return options;
    }

    private static boolean onlyLoopback(String members) {
        return Stream.of(members.split(","))
                .map(String::trim)
                .map(member -> member.contains(":") ? member.substring(0, member.lastIndexOf(':')) : member)
                .allMatch(host -> host.equals("localhost") || host.startsWith("127."));
    }

    /**
     * Who asked what, when, with which answer and how long it took. The path without its query string: links carry
     * their tokens there (acknowledgements, password links), and no token belongs in a log.
     */
    public static final String ACCESS_LOG_FORMAT =
            "%client.name% %auth-user-name% %datetime% %http-method% %http-uri% %http-version% %status%"
                    + " %response.length% %time-taken% %header.x-request-id%";

    private static Path logs(Launch launch) throws IOException {
        return Files.createDirectories(launch.runtimeDir().toAbsolutePath().resolveSibling("logs"));
    }

    public static PayaraMicro restart(Launch launch) throws IOException {
        Files.createDirectories(launch.runtimeDir());
        ProcessBuilder builder = new ProcessBuilder().redirectErrorStream(true).redirectOutput(launch.output());
        // the child's environment: this process's, with the launch's settings over it
        Map<String, String> environment = builder.environment();
        environment.putAll(launch.environment());
        // a stop (Ctrl-C, a test's restart) waits a moment for a load balancer; there is none here (production: 5 s)
        environment.putIfAbsent("ORDERTRAIL_SHUTDOWN_DRAIN_SECONDS", "1");
        // the JSON log files, next to the access log: data/logs/ordertrail-<port>-0.jsonl
        // (io.ordertrail.platform.logging)
        environment.putIfAbsent("ORDERTRAIL_LOG_DIRECTORY", logs(launch).toString());
        environment.putIfAbsent("ORDERTRAIL_LOG_NAME", "ordertrail-" + launch.port());
        // the name it claims work under among servers on one database (io.ordertrail.platform.cluster.ClusterMember)
        // and its name in the console: the same after a restart, so that it goes on with what it had claimed
        environment.putIfAbsent(INSTANCE_NAME, "ordertrail-" + launch.port());
        // a broker alone is its own backup (post-boot: the resource adapter is given the live broker and the backup)
        environment.putIfAbsent(
                "ORDERTRAIL_JMS_BACKUP_HOST", environment.getOrDefault("ORDERTRAIL_JMS_HOST", "localhost"));
        environment.putIfAbsent("ORDERTRAIL_JMS_BACKUP_PORT", environment.getOrDefault("ORDERTRAIL_JMS_PORT", "61616"));
        List<String> command = builder.command();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(launch.jvmOptions());
        command.addAll(List.of("-jar", launch.payaraJar().toString()));
        List<String> grid = dataGrid(environment, launch.port());
        command.addAll(grid);
        // sessions go to the data grid only when there is one to keep them (post-boot: web-container availability)
        environment.put(SESSIONS_ON_DATA_GRID, String.valueOf(!grid.contains("--nocluster")));
        command.addAll(List.of(
                "--port",
                String.valueOf(launch.port()),
                "--rootdir",
                launch.runtimeDir().toString(),
                "--logproperties",
                launch.logging().toString(),
                // the HTTP access log, next to the runtime directory: data/logs/ordertrail-<port>-access.<date>.txt
                "--accesslog",
                logs(launch).toString(),
                "--accesslogprefix",
                "ordertrail-" + launch.port() + "-access",
                "--accesslogformat",
                ACCESS_LOG_FORMAT,
                "--accessloginterval",
                "5",
                "--prebootcommandfile",
                launch.postBoot().resolveSibling(PRE_BOOT).toString(),
                "--postbootcommandfile",
                launch.postBoot().toString(),
                "--contextroot",
                "/",
                // the readiness gate first: DOWN until Ordertrail serves (io.ordertrail.gate.OrdertrailServes)
                "--deploy",
                launch.war().resolveSibling(READINESS_GATE) + ":/readiness-gate",
                "--deploy",
                launch.rar().toString(),
                "--deploy",
                launch.war().toString()));
        return new PayaraMicro(builder.start(), launch.port());
    }

    public URI baseUri() {
        return URI.create("http://localhost:" + port + "/");
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    /** Waits until {@code /health/ready} answers UP; fails early if the process ends. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        // HTTP/1.1: an HTTP/2 upgrade attempt once hung past the request's timeout while a server started
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        HttpRequest ready = HttpRequest.newBuilder(baseUri().resolve("/health/ready"))
                .timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plus(timeout);
        String last = "no answer yet";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "Payara Micro exited with code " + process.exitValue() + " before Ordertrail was ready");
            }
            try {
                HttpResponse<String> response = http.send(ready, HttpResponse.BodyHandlers.ofString());
                // UP alone is not enough: with no checks registered yet, the answer is an empty UP
                if (response.statusCode() == 200
                        && response.body().contains("\"UP\"")
                        && response.body().contains("\"database\"")) {
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException notYetListening) {
                last = notYetListening.toString();
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Ordertrail was not ready within " + timeout + "; last answer: " + last);
    }

    /** Kills the server the hard way, {@code kill -9}: no shutdown hook, no clean close of anything. */
    public void kill() throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-9", String.valueOf(process.pid()))
                .inheritIO()
                .start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -9 " + process.pid() + " failed");
        }
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
