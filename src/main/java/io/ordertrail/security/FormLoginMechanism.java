package io.ordertrail.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Form login against the identity store. Someone not signed in who asks for a protected page is sent to the
 * login page with the page remembered in {@code next}; the login form posts to {@value #LOGIN_PATH}, where a valid
 * user name and password sign the caller in for the session and {@link LoginServlet} sends them on.
 *
 * <p>Why not the built-in form mechanism: its "login to continue" replays the remembered request after login, and
 * on Payara 6 that replayed request has the caller but not the caller's roles, so the first page after signing
 * in failed every role check (an empty menu, and an error page where the page calls a service).
 */
@ApplicationScoped
@AutoApplySession
public class FormLoginMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PATH = "/login";
    static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (isLoginPost(request)) {
            CredentialValidationResult result = identityStores.validate(new UsernamePasswordCredential(
                    nullToEmpty(request.getParameter("j_username")), nullToEmpty(request.getParameter("j_password"))));
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            return context.redirect(loginPage(request, "?failed=true", request.getParameter("next")));
        }
        if (context.isProtected() && request.getUserPrincipal() == null) {
            String asked = request.getRequestURI().substring(request.getContextPath().length())
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            return context.redirect(loginPage(request, "", asked));
        }
        return context.doNothing();
    }

    private static boolean isLoginPost(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && LOGIN_PATH.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    /** The login page, remembering where to go afterwards unless that is just the start page. */
    static String loginPage(HttpServletRequest request, String query, String next) {
        String safe = LoginServlet.safeNext(next);
        String nextParameter = "/".equals(safe) ? "" : "next=" + URLEncoder.encode(safe, StandardCharsets.UTF_8);
        String separator = query.isEmpty() ? (nextParameter.isEmpty() ? "" : "?") : (nextParameter.isEmpty() ? "" : "&");
        return request.getContextPath() + LOGIN_PAGE + query + separator + nextParameter;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
