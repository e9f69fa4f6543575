package io.ordertrail.security;

import io.ordertrail.platform.Jsons;
import io.ordertrail.platform.web.SecurityHeaders;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Form login against the identity store. Someone not signed in who asks for a protected page is sent to the
 * login page with the page remembered in {@code next}; the login form posts to {@value #LOGIN_PATH}, where a valid
 * user name and password sign the caller in for the session and {@link LoginServlet} sends them on. The session
 * remembers the caller and their groups; signing out invalidates it.
 *
 * <p>Requests to the API ({@value #API_PATH}) authenticate with HTTP Basic instead, every request on its own.
 *
 * <p>Why not the built-in form mechanism: its "login to continue" replays the remembered request after login, and
 * on Payara 6 that replayed request has the caller but not the caller's roles, so the first page after signing
 * in failed every role check (an empty menu, and an error page where the page calls a service).
 */
@ApplicationScoped
public class FormLoginMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PATH = "/login";
    static final String LOGIN_PAGE = "/login.xhtml";
    static final String API_PATH = "/api/";
    static final String METRICS_PATH = "/metrics";
    private static final String SIGNED_IN = FormLoginMechanism.class.getName() + ".signedIn";
    private static final Logger LOG = Logger.getLogger(FormLoginMechanism.class.getName());

    /** Who signed in through the form, and when, kept in their session. */
    record SignedIn(Principal caller, Set<String> groups, Instant at) implements Serializable {}

    private static final String LAST_ACTIVITY = FormLoginMechanism.class.getName() + ".lastActivity";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    Clock clock;

    @Inject
    SignInGuard guard;

    @Inject
    SignInRecord accounts;

    @Inject
    @ConfigProperty(name = "ordertrail.session.idle-minutes", defaultValue = "30")
    int idleMinutes;

    @Inject
    @ConfigProperty(name = "ordertrail.session.max-hours", defaultValue = "10")
    int maxHours;

    /** Service accounts call on every request; PBKDF2 once per account and password every few minutes, not per call. */
    private VerifiedCredentials<VerifiedCaller> recentlyVerified;

    /** A service account verified a moment ago, with the password hash it was verified against. */
    private record VerifiedCaller(SignedIn signedIn, String passwordHash) {}

    private SessionLifetime sessionLifetime;

    @PostConstruct
    void createCache() {
        recentlyVerified = new VerifiedCredentials<>(Duration.ofMinutes(5), 100, clock);
        sessionLifetime = new SessionLifetime(Duration.ofHours(maxHours), Duration.ofMinutes(idleMinutes));
    }

    /**
     * Payara's JASPIC bridge logs only an {@code AuthException} from a mechanism ("http msg authentication fail"); any
     * other exception thrown here is logged here, with the method and path, before it goes on.
     */
    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        try {
            return authenticate(request, response, context);
        } catch (RuntimeException e) {
            LOG.log(
                    Level.SEVERE,
                    e,
                    () -> "Authenticating " + request.getMethod() + " " + request.getRequestURI() + " failed");
            throw e;
        }
    }

    private AuthenticationStatus authenticate(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        SecurityHeaders.addTo(request, response);
        if (isApi(request)) {
            return basicAuthentication(request, response, context, Roles.INTEGRATION);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn) {
            return continueSession(request, response, context, session, signedIn);
        }
        if (isMetrics(request)) {
            // an admin signed in reads them in the browser (above); a monitoring system with its service account
            return basicAuthentication(request, response, context, Roles.METRICS);
        }
        if (isLoginPost(request)) {
            String username = nullToEmpty(request.getParameter("j_username")).trim();
            String password = nullToEmpty(request.getParameter("j_password"));
            String next = request.getParameter("next");
            if (!LoginForm.tokenMatches(request)) {
                return context.redirect(loginPage(request, "?expired=true", next));
            }
            Optional<SignInGuard.Refusal> refusal = guard.refusal(username, request.getRemoteAddr());
            if (refusal.isPresent()) {
                return context.redirect(loginPage(
                        request,
                        "?wait=" + Math.max(1, refusal.get().waitFor().toSeconds())
                                + (refusal.get().locked() ? "&locked=true" : ""),
                        next));
            }
            CredentialValidationResult result =
                    identityStores.validate(new UsernamePasswordCredential(username, password));
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                guard.succeeded(username, request.getRemoteAddr());
                // the session carries the sign-in; sign-out (request.logout, session invalidated) ends it
                request.getSession(true)
                        .setAttribute(
                                SIGNED_IN,
                                new SignedIn(
                                        result.getCallerPrincipal(),
                                        Set.copyOf(result.getCallerGroups()),
                                        clock.instant()));
                request.getSession().setAttribute(LAST_ACTIVITY, clock.instant());
                return context.notifyContainerAboutLogin(result);
            }
            guard.failed(username, password.toCharArray(), isEnabledAccount(username), request.getRemoteAddr());
            return context.redirect(loginPage(request, "?failed=true", next));
        }
        if (context.isProtected() && request.getUserPrincipal() == null) {
            String asked =
                    request.getRequestURI().substring(request.getContextPath().length())
                            + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            return context.redirect(loginPage(request, "", asked));
        }
        return context.doNothing();
    }

    /**
     * A signed-in session goes on only while its account is enabled, and with the roles the account has now: a user
     * disabled, or given other roles, is signed out or sees the new roles at their next request.
     */
    private AuthenticationStatus continueSession(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context,
            HttpSession session,
            SignedIn signedIn) {
        Instant now = clock.instant();
        Instant lastActivity = session.getAttribute(LAST_ACTIVITY) instanceof Instant last ? last : signedIn.at();
        Optional<String> timedOut = sessionLifetime.ended(signedIn.at(), lastActivity, now);
        if (timedOut.isPresent()) {
            return endSession(request, response, context, session, signedIn, timedOut.get(), "?timedOut=true");
        }
        Optional<UserAccount> account = accounts.account(signedIn.caller().getName());
        if (account.isEmpty() || !account.get().isEnabled()) {
            return endSession(
                    request,
                    response,
                    context,
                    session,
                    signedIn,
                    account.isEmpty() ? "the account was removed" : "the account was disabled",
                    "?ended=true");
        }
        if (SessionLifetime.isActivity(ajaxSource(request))) {
            session.setAttribute(LAST_ACTIVITY, now);
        }
        Set<String> roles = account.get().getRoles();
        if (!roles.equals(signedIn.groups())) {
            SignedIn renewed = new SignedIn(signedIn.caller(), roles, signedIn.at());
            session.setAttribute(SIGNED_IN, renewed);
            return context.notifyContainerAboutLogin(renewed.caller(), renewed.groups());
        }
        return context.notifyContainerAboutLogin(signedIn.caller(), signedIn.groups());
    }

    /**
     * Signs the session out and sends the person to the login page, which says why; an ajax request (a poll, a
     * button) gets the redirect as Faces' partial response, which the page follows.
     */
    private AuthenticationStatus endSession(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context,
            HttpSession session,
            SignedIn signedIn,
            String why,
            String query) {
        session.invalidate();
        guard.sessionEnded(signedIn.caller().getName(), request.getRemoteAddr(), why);
        String login = request.getContextPath() + LOGIN_PAGE + query;
        if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
            return context.redirect(login);
        }
        try {
            response.setContentType("text/xml;charset=UTF-8");
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"" + login
                            + "\"/></partial-response>");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** The component a Faces ajax request came from; null for any other request (never reads a multipart body). */
    private static String ajaxSource(HttpServletRequest request) {
        if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
            return null;
        }
        String type = request.getContentType();
        return type != null && type.startsWith("multipart/") ? null : request.getParameter("jakarta.faces.source");
    }

    /**
     * A remembered verification counts only while the account is as it was: still enabled, still a service account,
     * and with the same password (a new one, or a reset, makes the remembered one worthless at once).
     */
    private Optional<SignedIn> stillValid(VerifiedCaller verified, String serviceRole) {
        return accounts.account(verified.signedIn().caller().getName())
                .filter(UserAccount::isEnabled)
                .filter(account -> account.getRoles().contains(serviceRole))
                .filter(account -> verified.passwordHash().equals(account.passwordHash()))
                .map(account -> verified.signedIn());
    }

    private boolean isEnabledAccount(String username) {
        return accounts.account(username).map(UserAccount::isEnabled).orElse(false);
    }

    /**
     * The API and the metrics are for systems, not people: HTTP Basic with a service account (role INTEGRATION for
     * the API, METRICS for the metrics) on every request, 401 (with the challenge) when the credentials are missing,
     * wrong, or a person's.
     */
    private AuthenticationStatus basicAuthentication(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context, String serviceRole) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(
                        Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notBase64) {
                decoded = "";
            }
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                Optional<SignedIn> known =
                        recentlyVerified.find(decoded).flatMap(verified -> stillValid(verified, serviceRole));
                if (known.isPresent()) {
                    return context.notifyContainerAboutLogin(
                            known.get().caller(), known.get().groups());
                }
                String username = decoded.substring(0, colon);
                String password = decoded.substring(colon + 1);
                Optional<SignInGuard.Refusal> refusal = guard.refusal(username, request.getRemoteAddr());
                if (refusal.isPresent()) {
                    return tooManyTries(response, context, refusal.get());
                }
                CredentialValidationResult result =
                        identityStores.validate(new UsernamePasswordCredential(username, password));
                // only service accounts use the API: a person's account is refused as a wrong password would be,
                // so that the API never tells anyone a staff password is right
                if (result.getStatus() == CredentialValidationResult.Status.VALID
                        && result.getCallerGroups().contains(serviceRole)) {
                    guard.succeeded(username, request.getRemoteAddr());
                    String credentials = decoded;
                    accounts.account(username)
                            .ifPresent(account -> recentlyVerified.remember(
                                    credentials,
                                    new VerifiedCaller(
                                            new SignedIn(
                                                    result.getCallerPrincipal(),
                                                    Set.copyOf(result.getCallerGroups()),
                                                    clock.instant()),
                                            account.passwordHash())));
                    return context.notifyContainerAboutLogin(result);
                }
                guard.failed(
                        username,
                        password.toCharArray(),
                        result.getStatus() == CredentialValidationResult.Status.VALID || isEnabledAccount(username),
                        request.getRemoteAddr());
            }
            return challenge(response, context);
        }
        return context.isProtected() ? challenge(response, context) : context.doNothing();
    }

    /** 429 with Retry-After: the account or this client failed too often. */
    private static AuthenticationStatus tooManyTries(
            HttpServletResponse response, HttpMessageContext context, SignInGuard.Refusal refusal) {
        try {
            response.setHeader(
                    "Retry-After", String.valueOf(Math.max(1, refusal.waitFor().toSeconds())));
            response.setContentType("application/problem+json");
            response.setStatus(429);
            response.getWriter()
                    .write(Jsons.object()
                            .add("type", "about:blank")
                            .add("title", "Too many failed sign-ins")
                            .add("status", 429)
                            .add("detail", refusal.message())
                            .build()
                            .toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Ordertrail API\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI()
                .substring(request.getContextPath().length())
                .startsWith(API_PATH);
    }

    private static boolean isMetrics(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(METRICS_PATH) || path.startsWith(METRICS_PATH + "/");
    }

    private static boolean isLoginPost(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && LOGIN_PATH.equals(request.getRequestURI()
                        .substring(request.getContextPath().length()));
    }

    /** The login page, remembering where to go afterwards unless that is just the start page. */
    static String loginPage(HttpServletRequest request, String query, String next) {
        String safe = LoginServlet.safeNext(next);
        String nextParameter = "/".equals(safe) ? "" : "next=" + URLEncoder.encode(safe, StandardCharsets.UTF_8);
        String separator =
                query.isEmpty() ? (nextParameter.isEmpty() ? "" : "?") : (nextParameter.isEmpty() ? "" : "&");
        return request.getContextPath() + LOGIN_PAGE + query + separator + nextParameter;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
