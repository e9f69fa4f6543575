package io.ordertrail.devstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local text-messaging gateway for the run command and the tests: accepts {@code POST /messages} (the JSON
 * Ordertrail sends), keeps each body, and lists them at {@code GET /messages}. It can be told to refuse (503),
 * as a gateway that is down would.
 */
public final class MessageCatcher implements AutoCloseable {

    private final HttpServer server;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private volatile boolean refusing;

    private MessageCatcher(HttpServer server) {
        this.server = server;
    }

    /** On loopback; port 0 picks a free port. */
    public static MessageCatcher start(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        MessageCatcher catcher = new MessageCatcher(server);
        server.createContext("/messages", catcher::handle);
        server.start();
        return catcher;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if ("POST".equals(exchange.getRequestMethod())) {
                if (refusing) {
                    exchange.sendResponseHeaders(503, -1);
                    return;
                }
                received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(202, -1);
            } else {
                byte[] body = ("[" + String.join(",", received) + "]").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/messages";
    }

    public List<String> received() {
        return List.copyOf(received);
    }

    public void refuse(boolean refusing) {
        this.refusing = refusing;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
