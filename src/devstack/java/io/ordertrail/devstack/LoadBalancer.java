package io.ordertrail.devstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * HAProxy (Debian's package) in front of several Ordertrail servers, as in production:
 * <ul>
 * <li>a new visitor goes to the next server in turn; a cookie ({@value #COOKIE}) keeps a session on its server;</li>
 * <li>a server is in the rotation only while its {@code /health/ready} answers 200 (checked every second);</li>
 * <li>a request whose server is down, or does not answer the connection, goes to another: the session follows it
 * there, since the servers keep sessions on their data grid;</li>
 * <li>websockets (the live updates) pass through.</li>
 * </ul>
 */
public final class LoadBalancer implements AutoCloseable {

    /** The cookie that keeps a browser on the server that holds its session. */
    public static final String COOKIE = "ORDERTRAIL_SERVER";

    private static final Path HAPROXY = Path.of("/usr/sbin/haproxy");

    /** One server behind the load balancer. */
    public record Backend(String name, int port) {}

    private final Process process;
    private final int port;

    private LoadBalancer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Writes the configuration into {@code directory}, starts HAProxy on {@code port} and waits until it listens. */
    public static LoadBalancer start(Path directory, int port, List<Backend> backends, Path log)
            throws IOException, InterruptedException {
        if (!Files.isExecutable(HAPROXY)) {
            throw new IllegalStateException("HAProxy is not installed (" + HAPROXY + "): install it with"
                    + " 'apt-get install haproxy', or run 'bash .ci/install-chromium', which installs what the tests"
                    + " need");
        }
        Files.createDirectories(directory);
        Path configuration = directory.resolve("haproxy.cfg");
        Files.writeString(configuration, configuration(port, backends));
        Process process = new ProcessBuilder(HAPROXY.toString(), "-db", "-f", configuration.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        LoadBalancer balancer = new LoadBalancer(process, port);
        balancer.awaitListening(Duration.ofSeconds(10), log);
        return balancer;
    }

    static String configuration(int port, List<Backend> backends) {
        // the cookie's value says which server without naming it: s1, s2, ...
        String servers = IntStream.range(0, backends.size())
                .mapToObj(i -> "    server " + backends.get(i).name() + " 127.0.0.1:"
                        + backends.get(i).port() + " check cookie s" + (i + 1))
                .collect(Collectors.joining("\n"));
        return """
                # written by io.ordertrail.devstack.LoadBalancer
                global
                    maxconn 4096

                defaults
                    mode http
                    timeout connect 2s
                    timeout client 5m
                    timeout server 5m
                    # a websocket, once open, may stay quiet for an hour
                    timeout tunnel 1h
                    # a request whose server refuses the connection goes to another server at the first retry
                    retries 2
                    option redispatch 1
                    option forwardfor

                frontend ordertrail
                    bind 127.0.0.1:%d
                    default_backend servers

                backend servers
                    balance roundrobin
                    cookie %s insert indirect nocache httponly
                    option httpchk GET /health/ready
                    http-check expect status 200
                    default-server inter 1s fall 2 rise 2
                %s
                """.formatted(port, COOKIE, servers);
    }

    public URI uri() {
        return URI.create("http://localhost:" + port + "/");
    }

    private void awaitListening(Duration timeout, Path log) throws InterruptedException, IOException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "HAProxy exited with code " + process.exitValue() + ": " + Files.readString(log));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("HAProxy did not listen on port " + port + " within " + timeout);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
