package io.ordertrail.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The login form's token against cross-site request forgery: the page puts a random token of the visitor's session
 * in the form, and a sign-in is only checked when the form posts it back. Another site cannot read it, so it cannot
 * sign anyone in (or count failures against an account) by posting to /login.
 */
@Named
@RequestScoped
public class LoginForm {

    static final String PARAMETER = "_csrf";
    private static final String ATTRIBUTE = LoginForm.class.getName() + ".token";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The session's token, made when the login page is first shown. */
    public String getToken() {
        HttpSession session = ((HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getSession(true);
        Object token = session.getAttribute(ATTRIBUTE);
        if (token instanceof String existing) {
            return existing;
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String created = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        session.setAttribute(ATTRIBUTE, created);
        return created;
    }

    /** Whether the posted form carries its session's token. */
    static boolean tokenMatches(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String posted = request.getParameter(PARAMETER);
        if (session == null || posted == null || !(session.getAttribute(ATTRIBUTE) instanceof String expected)) {
            return false;
        }
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), posted.getBytes(StandardCharsets.US_ASCII));
    }
}
