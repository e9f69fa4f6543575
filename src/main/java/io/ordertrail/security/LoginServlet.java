package io.ordertrail.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where the login form posts. By the time a request gets here {@link FormLoginMechanism} has signed the caller in;
 * this only starts a new session id (against session fixation) and sends them to the page they asked for.
 */
@WebServlet(FormLoginMechanism.LOGIN_PATH)
public class LoginServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null) {
            response.sendRedirect(request.getContextPath() + FormLoginMechanism.LOGIN_PAGE);
            return;
        }
        request.changeSessionId();
        response.sendRedirect(request.getContextPath() + safeNext(request.getParameter("next")));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + FormLoginMechanism.LOGIN_PAGE);
    }

    /** Only a path inside this application: never another site (no open redirect). */
    static String safeNext(String next) {
        if (next == null
                || !next.startsWith("/")
                || next.startsWith("//")
                || next.contains("\\")
                || next.startsWith(FormLoginMechanism.LOGIN_PAGE)
                || next.startsWith(FormLoginMechanism.LOGIN_PATH)) {
            return "/";
        }
        return next;
    }
}
