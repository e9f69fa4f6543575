package io.ordertrail.devstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The mail catcher's inbox in a browser, for the run command: what Ordertrail sent, newest first, each message with
 * its text and its attachments (the confirmation's PDF) to download. Read-only, on loopback.
 */
public final class MailInbox implements AutoCloseable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Pattern MESSAGE = Pattern.compile("/message/(\\d+)");
    private static final Pattern ATTACHMENT = Pattern.compile("/message/(\\d+)/attachment/(\\d+)");

    private final HttpServer server;
    private final MailCatcher mail;

    private MailInbox(HttpServer server, MailCatcher mail) {
        this.server = server;
        this.mail = mail;
    }

    /** On loopback; port 0 picks a free port. */
    public static MailInbox start(int port, MailCatcher mail) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        MailInbox inbox = new MailInbox(server, mail);
        server.createContext("/", inbox::handle);
        server.start();
        return inbox;
    }

    public String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            List<MimeMessage> messages = mail.received();
            Matcher attachment = ATTACHMENT.matcher(path);
            Matcher message = MESSAGE.matcher(path);
            if (path.equals("/")) {
                send(exchange, 200, "text/html; charset=utf-8", page("Mail sent by Ordertrail", list(messages)));
            } else if (attachment.matches() && index(attachment.group(1), messages) >= 0) {
                List<Part> parts = attachmentsOf(messages.get(index(attachment.group(1), messages)));
                int n = Integer.parseInt(attachment.group(2));
                if (n < 1 || n > parts.size()) {
                    send(
                            exchange,
                            404,
                            "text/plain; charset=utf-8",
                            "No such attachment".getBytes(StandardCharsets.UTF_8));
                    return;
                }
                Part part = parts.get(n - 1);
                exchange.getResponseHeaders()
                        .add("Content-Disposition", "attachment; filename=\"" + safe(part.getFileName()) + "\"");
                try (InputStream in = part.getInputStream()) {
                    send(exchange, 200, part.getContentType().split(";")[0], in.readAllBytes());
                }
            } else if (message.matches() && index(message.group(1), messages) >= 0) {
                int i = index(message.group(1), messages);
                send(
                        exchange,
                        200,
                        "text/html; charset=utf-8",
                        page("Message " + (i + 1), show(messages.get(i), i + 1)));
            } else {
                send(exchange, 404, "text/plain; charset=utf-8", "Not found".getBytes(StandardCharsets.UTF_8));
            }
        } catch (MessagingException e) {
            send(
                    exchange,
                    500,
                    "text/plain; charset=utf-8",
                    ("Could not read the message: " + e.getMessage()).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static int index(String number, List<MimeMessage> messages) {
        int i = Integer.parseInt(number) - 1;
        return i >= 0 && i < messages.size() ? i : -1;
    }

    private static String list(List<MimeMessage> messages) throws MessagingException {
        StringBuilder h = new StringBuilder("<h1>Mail sent by Ordertrail</h1>");
        if (messages.isEmpty()) {
            return h.append("<p>Nothing yet. Confirm an order by email, and it shows here.</p>")
                    .toString();
        }
        h.append("<p>")
                .append(messages.size())
                .append(" message(s), newest first. Reload to see new ones.</p>")
                .append("<table><tr><th>#</th><th>Sent</th><th>To</th><th>Subject</th><th>Attachments</th></tr>");
        for (int i = messages.size() - 1; i >= 0; i--) {
            MimeMessage m = messages.get(i);
            h.append("<tr><td>")
                    .append(i + 1)
                    .append("</td><td>")
                    .append(when(m))
                    .append("</td><td>")
                    .append(esc(addresses(m.getRecipients(Message.RecipientType.TO))))
                    .append("</td><td><a href=\"/message/")
                    .append(i + 1)
                    .append("\">")
                    .append(esc(m.getSubject() == null ? "(no subject)" : m.getSubject()))
                    .append("</a></td><td>")
                    .append(attachmentsOf(m).size())
                    .append("</td></tr>");
        }
        return h.append("</table>").toString();
    }

    private static String show(MimeMessage m, int number) throws MessagingException, IOException {
        StringBuilder h = new StringBuilder("<p><a href=\"/\">All messages</a></p><h1>")
                .append(esc(m.getSubject() == null ? "(no subject)" : m.getSubject()))
                .append("</h1><dl><dt>From</dt><dd>")
                .append(esc(addresses(m.getFrom())))
                .append("</dd><dt>To</dt><dd>")
                .append(esc(addresses(m.getRecipients(Message.RecipientType.TO))))
                .append("</dd><dt>Sent</dt><dd>")
                .append(when(m))
                .append("</dd></dl><pre>")
                .append(esc(text(m)))
                .append("</pre>");
        List<Part> attachments = attachmentsOf(m);
        if (!attachments.isEmpty()) {
            h.append("<h2>Attachments</h2><ul>");
            for (int k = 0; k < attachments.size(); k++) {
                h.append("<li><a href=\"/message/")
                        .append(number)
                        .append("/attachment/")
                        .append(k + 1)
                        .append("\">")
                        .append(esc(attachments.get(k).getFileName()))
                        .append("</a></li>");
            }
            h.append("</ul>");
        }
        return h.toString();
    }

    /** The plain-text part, or the first text part there is. */
    private static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return String.valueOf(part.getContent()).replace("\r\n", "\n");
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = text(multipart.getBodyPart(i));
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }

    private static List<Part> attachmentsOf(Part part) throws MessagingException {
        List<Part> found = new ArrayList<>();
        try {
            collect(part, found);
        } catch (IOException e) {
            throw new MessagingException("Could not read the parts: " + e.getMessage(), e);
        }
        return found;
    }

    private static void collect(Part part, List<Part> found) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                collect(body, found);
            }
        } else if (part.getFileName() != null) {
            found.add(part);
        }
    }

    private static String when(MimeMessage m) throws MessagingException {
        return m.getSentDate() == null
                ? ""
                : WHEN.format(m.getSentDate().toInstant().atZone(ZoneId.systemDefault()));
    }

    private static String addresses(Address[] addresses) {
        return addresses == null
                ? ""
                : Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
    }

    private static String safe(String fileName) {
        return fileName == null ? "attachment" : fileName.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String esc(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;");
    }

    private static byte[] page(String title, String body) {
        return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + esc(title)
                        + "</title><style>body{font-family:sans-serif;margin:2rem;max-width:70rem}"
                        + "table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:.4rem .6rem;"
                        + "text-align:left}pre{white-space:pre-wrap;background:#f6f6f6;padding:1rem}</style></head>"
                        + "<body>" + body + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        // the page shows what customers were sent: nothing of it runs, nothing frames it
        exchange.getResponseHeaders().add("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
