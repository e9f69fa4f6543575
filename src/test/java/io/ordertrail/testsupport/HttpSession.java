package io.ordertrail.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A person's browser session over plain HTTP: form sign-in, then requests with its cookie; no redirects followed. */
public final class HttpSession {

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // as browsers speak to it: no h2c upgrade
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI base;

    public HttpSession(URI base) {
        this.base = base;
    }

    /**
     * Signs in the way a browser does: opens the login page (which gives the form its token), posts the login form,
     * then follows the redirect back to the page it asked for. Returns the status of the form post (302 on success;
     * where it went is in {@link #lastSignInLocation()}).
     */
    public int signIn(String user, String password) throws IOException, InterruptedException {
        return postLoginForm(user, password, loginFormToken());
    }

    /** The token the login page puts in its form for this session. */
    public String loginFormToken() throws IOException, InterruptedException {
        Matcher token = TOKEN.matcher(get("/login.xhtml").body());
        if (!token.find()) {
            throw new IllegalStateException("The login page has no form token");
        }
        return token.group(1);
    }

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private String lastSignInLocation;

    /** Where the last form post redirected to: the page asked for, or the login page with why not. */
    public String lastSignInLocation() {
        return lastSignInLocation;
    }

    /** Posts the login form with this token (or none, when null), as a browser or a forger would. */
    public int postLoginForm(String user, String password, String token) throws IOException, InterruptedException {
        String form = "j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + (token == null ? "" : "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        HttpResponse<Void> posted = http.send(
                HttpRequest.newBuilder(inApplication("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        lastSignInLocation = posted.headers().firstValue("Location").orElse(null);
        if (posted.statusCode() == 302
                && !lastSignInLocation.contains(
                        "/login.xhtml")) { // the location is the full path, context root included
            http.send(
                    HttpRequest.newBuilder(base.resolve(
                                    posted.headers().firstValue("Location").orElseThrow()))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        return posted.statusCode();
    }

    /** Asks for a page of the application, e.g. {@code /orders/list.xhtml}, below its context root. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(inApplication(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Fetches a file of the application as bytes, e.g. an attachment. */
    public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(inApplication(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private URI inApplication(String path) {
        String root = base.toString();
        return URI.create((root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + path);
    }
}
